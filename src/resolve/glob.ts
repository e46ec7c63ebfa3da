/** Sphinx's toctree glob: `*` and `?` within one path segment, `**` across segments, `[...]` classes. Sorted. */
export function globDocnames(docnames: readonly string[], pattern: string): string[] {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        re += '.*';
        i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  const rx = new RegExp(`^${re}$`);
  return docnames.filter((d) => rx.test(d)).sort();
}

import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parse, shape } from './helpers.js';
it('probe', () => {
  const cases = JSON.parse(readFileSync('/tmp/rx/corpus.json', 'utf8')) as { file: string; input: string; nodes: unknown[] }[];
  const merge = (nodes: any[]): any[] => { const out: any[] = []; for (const n of nodes) { const l = out[out.length-1]; if (n.type==='text' && l?.type==='text') { out[out.length-1] = {...l, value: l.value + n.value}; continue; } out.push(n.children ? {...n, children: merge(n.children)} : n); } return out; };
  let bad = 0;
  for (const c of cases) {
    const got = JSON.stringify(merge(shape(parse(c.input).nodes) as any[]));
    const exp = JSON.stringify(merge(c.nodes as any[]));
    if (got !== exp) { bad++; if (bad <= 8) console.log(c.file, JSON.stringify(c.input).slice(0, 300), '\nGOT ', got.slice(0, 600), '\nEXP ', exp.slice(0, 600)); }
  }
  console.log('mismatches', bad, 'of', cases.length);
});

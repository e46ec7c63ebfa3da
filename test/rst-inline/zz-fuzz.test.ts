import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parse, shape } from './helpers.js';
it('fuzz', () => {
  const cases = JSON.parse(readFileSync('/tmp/rx/fuzz-out.json', 'utf8')) as { input: string; nodes: unknown[]; warnings: string[] }[];
  const norm = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v)));
  const merge = (nodes: any[]): any[] => { const out: any[] = []; for (const n of nodes) { const l = out[out.length-1]; if (n.type==='text' && l?.type==='text') { out[out.length-1] = {...l, value: l.value + n.value}; continue; } out.push(n.children ? {...n, children: merge(n.children)} : n); } return out; };
  let bad = 0;
  for (const c of cases) {
    const r = parse(c.input);
    const got = JSON.stringify(norm(merge(shape(r.nodes) as any[]))) + JSON.stringify(r.diagnostics.list.map((d) => d.message));
    const exp = JSON.stringify(norm(merge(c.nodes as any[]))) + JSON.stringify(c.warnings);
    if (got !== exp) { bad++; if (bad <= 10) console.log(JSON.stringify(c.input), '\nGOT ', got.slice(0, 700), '\nEXP ', exp.slice(0, 700)); }
  }
  console.log('mismatches', bad, 'of', cases.length);
});

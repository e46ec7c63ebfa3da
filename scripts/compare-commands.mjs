// Times shell commands in alternation, so that a noisy machine slows each of them alike, and prints the minimum
// and the median wall time of each, and the median CPU time (user + system, from /usr/bin/time when present):
//   node scripts/compare-commands.mjs 15 "node -e 0" "node bin/apiref.js lint ../shared/corpus/cinder/api-ref/source --format json"
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const [runs, ...commands] = process.argv.slice(2);
if (!Number(runs) || !commands.length) {
  console.error('usage: node scripts/compare-commands.mjs RUNS "command" ["command" ...]');
  process.exit(2);
}
const TIME = '/usr/bin/time';
const haveTime = fs.existsSync(TIME);
const wall = commands.map(() => []);
const cpu = commands.map(() => []);
for (let i = 0; i < Number(runs); i++) {
  commands.forEach((command, k) => {
    // Exit status 1 (lint findings) is a normal outcome here; the command's own output is dropped.
    const shell = `${command} >/dev/null 2>&1`;
    const started = process.hrtime.bigint();
    const r = haveTime
      ? spawnSync(TIME, ['-f', 'apiref-cpu %U %S', '/bin/bash', '-c', shell], { encoding: 'utf8' })
      : spawnSync('/bin/bash', ['-c', shell], { encoding: 'utf8' });
    wall[k].push(Number(process.hrtime.bigint() - started) / 1e6);
    const m = /apiref-cpu ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
    if (m) cpu[k].push((Number(m[1]) + Number(m[2])) * 1000);
  });
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
commands.forEach((command, k) => {
  const cpuText = cpu[k].length ? `  cpu ${median(cpu[k]).toFixed(0).padStart(5)} ms` : '';
  console.log(`min ${Math.min(...wall[k]).toFixed(0).padStart(5)} ms  median ${median(wall[k]).toFixed(0).padStart(5)} ms${cpuText}  ${command}`);
});

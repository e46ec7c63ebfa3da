// Times shell commands in alternation, so that a noisy machine slows each of them alike, and prints the minimum
// and the median wall time of each:
//   node scripts/compare-commands.mjs 15 "node -e 0" "node bin/apiref.js lint ../shared/corpus/cinder/api-ref/source --format json"
import { execSync } from 'node:child_process';

const [runs, ...commands] = process.argv.slice(2);
if (!Number(runs) || !commands.length) {
  console.error('usage: node scripts/compare-commands.mjs RUNS "command" ["command" ...]');
  process.exit(2);
}
const times = commands.map(() => []);
for (let i = 0; i < Number(runs); i++) {
  commands.forEach((command, k) => {
    const started = process.hrtime.bigint();
    try {
      execSync(command, { stdio: 'ignore', shell: '/bin/bash' });
    } catch {
      // Exit status 1 (lint findings) is a normal outcome here.
    }
    times[k].push(Number(process.hrtime.bigint() - started) / 1e6);
  });
}
commands.forEach((command, k) => {
  const t = times[k].sort((a, b) => a - b);
  console.log(`min ${t[0].toFixed(0).padStart(5)} ms  median ${t[Math.floor(t.length / 2)].toFixed(0).padStart(5)} ms  ${command}`);
});

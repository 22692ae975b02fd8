// Preloaded by scripts/bench.mjs (node --import): records the process's CPU time and peak memory
// at exit, so the benchmark measures exactly the child process it started.
import { writeFileSync } from 'node:fs';

const out = process.env.KUBEPLAN_BENCH_PROBE;
if (out) {
  process.on('exit', () => {
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ userCPUTime, systemCPUTime, maxRSS }));
  });
}

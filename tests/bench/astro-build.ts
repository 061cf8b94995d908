/**
 * Runs one `astro build` of the project in the current folder and prints its wall time, CPU time and the
 * process's peak memory (resident set size) as JSON, on the last line after Astro's log: the feed benchmark's measuring stick.
 */
import { build } from 'astro';

const started = performance.now();
// BENCH_OUT_DIR (`npm run bench` with BUILD_DIR): build elsewhere than dist/.
const outDir = process.env['BENCH_OUT_DIR'];
await build({ root: process.cwd(), logLevel: 'info', ...(outDir ? { outDir } : {}) });
const seconds = (performance.now() - started) / 1000;
const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
console.log(
	JSON.stringify({
		seconds,
		cpuSeconds: (userCPUTime + systemCPUTime) / 1e6,
		peakMegabytes: maxRSS / 1024,
	}),
);

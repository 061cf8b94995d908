/**
 * Runs one `astro build` of the project in the current folder and prints its wall time, CPU time and the
 * process's peak memory (resident set size) as JSON, on the last line after Astro's log: the feed benchmark's measuring stick.
 */
import { build } from 'astro';

const started = performance.now();
await build({ root: process.cwd(), logLevel: 'info' });
const seconds = (performance.now() - started) / 1000;
const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
console.log(
	JSON.stringify({
		seconds,
		cpuSeconds: (userCPUTime + systemCPUTime) / 1e6,
		peakMegabytes: maxRSS / 1024,
	}),
);

/**
 * `npm test`: every gate in order, stopping at the first failure, with the time each step took.
 * Run by Node 24 directly (type stripping), so only erasable TypeScript syntax here.
 */
import { spawnSync } from 'node:child_process';

// test:production installs the runtime packages alone and starts the built server; test:real
// builds the real site (SAMPLE_DATA=off) into dist-real/ and checks it: last, as it builds again.
const STEPS = [
	'lint',
	'check',
	'test:unit',
	'test:builds',
	'build',
	'test:site',
	'test:e2e',
	'test:screens',
	'test:photos',
	'test:production',
	'test:real',
];

const timings: string[] = [];
for (const step of STEPS) {
	console.log(`\n▶ npm run ${step}`);
	const started = performance.now();
	const { status, signal } = spawnSync('npm', ['run', step], { stdio: 'inherit' });
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	timings.push(`${step.padEnd(10)} ${seconds.padStart(6)} s`);
	if (status !== 0) {
		console.error(`\n✘ npm run ${step} failed (${signal ?? `exit ${status}`}) after ${seconds} s`);
		console.error(timings.join('\n'));
		process.exit(status ?? 1);
	}
}
console.log(`\n✔ All steps passed\n${timings.join('\n')}`);

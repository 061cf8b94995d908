/**
 * The closing line of .ci/run: "N passed, N failed" over every test of every suite, read from the
 * reports that .ci/run wrote, and the exit code (1 when anything failed).
 *
 * Usage: node tests/tools/ci-summary.ts reports/steps.tsv
 * Each line of steps.tsv is "name<TAB>exit code<TAB>report", the report being
 * "vitest:FILE", "playwright:FILE" or "-" for a step without tests (lint, check, build), which
 * counts as one test. A suite whose runner failed without a failing test (a crash, a failing hook,
 * a web server that did not start, a step that could not run) counts one failed test, so that the
 * line never reads "0 failed" when something went wrong.
 * Runs under Node 24 directly (type stripping), so only erasable TypeScript syntax here.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
	passed: number;
	failed: number;
}

interface VitestReport {
	numPassedTests: number;
	numFailedTests: number;
}

interface PlaywrightReport {
	stats: { expected: number; unexpected: number; flaky: number };
}

function countsFrom(report: string): Counts | undefined {
	const separator = report.indexOf(':');
	const kind = report.slice(0, separator);
	const file = report.slice(separator + 1);
	if (separator < 0 || !existsSync(file)) return undefined;
	try {
		const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
		if (kind === 'vitest') {
			const { numPassedTests, numFailedTests } = data as VitestReport;
			return { passed: numPassedTests, failed: numFailedTests };
		}
		if (kind === 'playwright') {
			const { expected, unexpected, flaky } = (data as PlaywrightReport).stats;
			// A flaky test passed on a retry.
			return { passed: expected + flaky, failed: unexpected };
		}
	} catch {
		// An unreadable report: the step counts as failed below.
	}
	return undefined;
}

function summarise(stepsFile: string): Counts {
	const total: Counts = { passed: 0, failed: 0 };
	const lines = existsSync(stepsFile) ? readFileSync(stepsFile, 'utf8').split('\n') : [];
	for (const line of lines.filter(Boolean)) {
		const [, exitCode = '1', report = '-'] = line.split('\t');
		const succeeded = exitCode === '0';
		const counts = report === '-' ? undefined : countsFrom(report);
		if (!counts) {
			total[succeeded && report === '-' ? 'passed' : 'failed'] += 1;
			continue;
		}
		total.passed += counts.passed;
		total.failed += counts.failed > 0 || succeeded ? counts.failed : 1;
	}
	if (total.passed + total.failed === 0) total.failed = 1;
	return total;
}

const { passed, failed } = summarise(process.argv[2] ?? 'reports/steps.tsv');
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

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
	/** What failed, for the reader of the CI log: "file › title". */
	failures: string[];
	/** What passed only on a retry (counted as passed), to be looked at. */
	flaky: string[];
}

interface VitestReport {
	numPassedTests: number;
	numFailedTests: number;
	testResults?: {
		name: string;
		status: string;
		message?: string;
		assertionResults?: { status: string; fullName: string }[];
	}[];
}

interface PlaywrightSuite {
	file?: string;
	suites?: PlaywrightSuite[];
	specs?: {
		title: string;
		file: string;
		line: number;
		ok: boolean;
		tests?: { status?: string }[];
	}[];
}

interface PlaywrightReport {
	stats: { expected: number; unexpected: number; flaky: number };
	suites?: PlaywrightSuite[];
	errors?: { message?: string }[];
}

function vitestFailures(report: VitestReport): string[] {
	const failures: string[] = [];
	for (const file of report.testResults ?? []) {
		const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
		for (const test of failed) failures.push(`${file.name} › ${test.fullName}`);
		if (file.status === 'failed' && failed.length === 0) {
			failures.push(`${file.name}: ${(file.message ?? '').split('\n')[0]}`);
		}
	}
	return failures;
}

function playwrightFailures(report: PlaywrightReport): { failures: string[]; flaky: string[] } {
	const failures: string[] = [];
	const flaky: string[] = [];
	const visit = (suite: PlaywrightSuite): void => {
		for (const spec of suite.specs ?? []) {
			if (!spec.ok) failures.push(`${spec.file}:${spec.line} › ${spec.title}`);
			else if (spec.tests?.some((test) => test.status === 'flaky'))
				flaky.push(`${spec.file}:${spec.line} › ${spec.title}`);
		}
		for (const child of suite.suites ?? []) visit(child);
	};
	for (const suite of report.suites ?? []) visit(suite);
	for (const error of report.errors ?? []) {
		failures.push((error.message ?? 'error').split('\n')[0] ?? 'error');
	}
	return { failures, flaky };
}

function countsFrom(report: string): Counts | undefined {
	const separator = report.indexOf(':');
	const kind = report.slice(0, separator);
	const file = report.slice(separator + 1);
	if (separator < 0 || !existsSync(file)) return undefined;
	try {
		const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
		if (kind === 'vitest') {
			const vitest = data as VitestReport;
			return {
				passed: vitest.numPassedTests,
				failed: vitest.numFailedTests,
				failures: vitestFailures(vitest),
				flaky: [],
			};
		}
		if (kind === 'playwright') {
			const playwright = data as PlaywrightReport;
			const { expected, unexpected, flaky } = playwright.stats;
			// A flaky test passed on a retry.
			return {
				passed: expected + flaky,
				failed: unexpected,
				...playwrightFailures(playwright),
			};
		}
	} catch {
		// An unreadable report: the step counts as failed below.
	}
	return undefined;
}

function summarise(stepsFile: string): Counts {
	const total: Counts = { passed: 0, failed: 0, failures: [], flaky: [] };
	const lines = existsSync(stepsFile) ? readFileSync(stepsFile, 'utf8').split('\n') : [];
	for (const line of lines.filter(Boolean)) {
		const [name = '?', exitCode = '1', report = '-'] = line.split('\t');
		const succeeded = exitCode === '0';
		const counts = report === '-' ? undefined : countsFrom(report);
		if (!counts) {
			const passed = succeeded && report === '-';
			total[passed ? 'passed' : 'failed'] += 1;
			if (!passed) total.failures.push(`step ${name} failed (exit ${exitCode})`);
			continue;
		}
		total.passed += counts.passed;
		total.failed += counts.failed > 0 || succeeded ? counts.failed : 1;
		total.failures.push(...counts.failures.map((failure) => `${name}: ${failure}`));
		total.flaky.push(...counts.flaky.map((test) => `${name}: ${test}`));
		if (counts.failed === 0 && !succeeded) {
			total.failures.push(`step ${name} failed (exit ${exitCode}) with no failing test`);
		}
	}
	if (total.passed + total.failed === 0) total.failed = 1;
	return total;
}

const { passed, failed, failures, flaky } = summarise(process.argv[2] ?? 'reports/steps.tsv');
// What failed comes just before the closing line, where the end of a CI log is read; what passed
// only on a retry (counted as passed) before it.
for (const test of flaky) console.log(`FLAKY (passed on a retry) ${test}`);
for (const failure of failures) console.log(`FAILED ${failure}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

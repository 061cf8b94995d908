/**
 * Every built page is valid HTML under the rules of .html-validate.json
 * (`html-validate:recommended`), so a markup mistake fails with its page and line.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatterFactory, HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, ROOT } from '../tools/built-site';

/** .html-validate.json, which allows comments so that each exception can say why. */
function loadConfig(): ConfigData {
	const file = join(ROOT, '.html-validate.json');
	const parsed = ts.parseConfigFileTextToJson(file, readFileSync(file, 'utf8'));
	if (parsed.error) {
		throw new Error(`${file}: ${ts.flattenDiagnosticMessageText(parsed.error.messageText, '\n')}`);
	}
	return parsed.config as ConfigData;
}

const validator = new HtmlValidate(new StaticConfigLoader(loadConfig()));
const format = formatterFactory('text');

describe('HTML validity', () => {
	it.each(builtPages())('$path is valid HTML', async ({ file }) => {
		const report = await validator.validateFile(join(DIST, file));
		const results = report.results.map((result) => ({
			...result,
			filePath: relative(ROOT, result.filePath),
		}));
		expect(report.valid, `\n${format(results)}`).toBe(true);
	});
});

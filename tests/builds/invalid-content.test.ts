/**
 * Invalid content must fail the build with the file, the field and the reason.
 * Each test copies the project into a temporary folder, tampers with one content file,
 * and runs Astro's own content sync (or build) on the copy, as `npm run build` would.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject as copyProjectFolder } from '../tools/project-copy';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const copies: string[] = [];

/** A copy of the project with its own Astro cache (tests/tools/project-copy.ts). */
function copyProject(): string {
	const copy = copyProjectFolder('content', { sharedCache: true });
	copies.push(copy);
	return copy;
}

function tamper(root: string, file: string, from: RegExp | string, to: string) {
	const path = join(root, file);
	const before = readFileSync(path, 'utf8');
	const after = before.replace(from, to);
	expect(after, `tampering did not change ${file}`).not.toBe(before);
	writeFileSync(path, after);
}

/** Runs an Astro command on a copy; resolves with its output and whether it failed. */
async function astro(root: string, command: 'sync' | 'build') {
	try {
		const { stdout, stderr } = await run(process.execPath, [astroBin, command, '--root', root], {
			cwd: root,
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
		});
		return { failed: false, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { failed: true, output: stdout + stderr };
	}
}

afterEach(() => {
	for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('invalid content fails the build', { timeout: 60_000 }, () => {
	it('accepts the untouched content', async () => {
		const result = await astro(copyProject(), 'sync');
		expect(result.output).not.toMatch(/InvalidContentEntryDataError/);
		expect(result.failed).toBe(false);
	});

	it('names the file and the field of a latitude of 91', async () => {
		const root = copyProject();
		tamper(root, 'content/offices/vialas.yaml', /lat: [\d.]+/, 'lat: 91');
		const result = await astro(root, 'sync');
		expect(result.failed).toBe(true);
		expect(result.output).toContain('content/offices/vialas.yaml');
		expect(result.output).toContain('location.lat: latitude must be between -90 and 90');
	});

	it('names a missing English translation', async () => {
		const root = copyProject();
		tamper(root, 'content/sectors/calbertois.yaml', /\n {2}en: .*/, '');
		const result = await astro(root, 'sync');
		expect(result.failed).toBe(true);
		expect(result.output).toContain('content/sectors/calbertois.yaml');
		expect(result.output).toContain('summary.en: English translation (en) is missing');
	});

	it('names an unknown village', async () => {
		const root = copyProject();
		tamper(
			root,
			'content/offices/le-collet-de-deze.yaml',
			'village: le-collet-de-deze',
			'village: atlantis',
		);
		const result = await astro(root, 'sync');
		expect(result.failed).toBe(true);
		expect(result.output).toContain('content/offices/le-collet-de-deze.yaml');
		expect(result.output).toContain('village: "atlantis" is not in villages');
	});

	it('names opening hours that end before they start', async () => {
		const root = copyProject();
		tamper(
			root,
			'content/offices/vialas.yaml',
			"opens: '15:00', closes: '18:30'",
			"opens: '15:00', closes: '13:00'",
		);
		const result = await astro(root, 'sync');
		expect(result.failed).toBe(true);
		expect(result.output).toContain('content/offices/vialas.yaml');
		expect(result.output).toMatch(
			/seasons\.\d\.hours\.\d\.closes: closes at 13:00, before it opens at 15:00/,
		);
	});

	it('names a malformed phone number', async () => {
		const root = copyProject();
		tamper(root, 'content/offices/vialas.yaml', /^phone: .*$/m, 'phone: 04 66 45');
		const result = await astro(root, 'sync');
		expect(result.failed).toBe(true);
		expect(result.output).toContain('phone: "04 66 45" is not a French phone number');
	});

	it('names the missing file of a page that has only one language', async () => {
		const root = copyProject();
		rmSync(join(root, 'content/pages/en/about.md'));
		const result = await astro(root, 'build');
		expect(result.failed).toBe(true);
		expect(result.output).toContain('content/pages/en/about.md does not exist');
	});
});

/**
 * A hike whose GPX file is broken stops the build with the file's path and the reason, like any
 * invalid content. Each test tampers with a copy of the project and runs Astro's content sync.
 */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject as copyProjectFolder } from '../tools/project-copy';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const copies: string[] = [];
const STAGE = 'content/hikes/gr70-le-bleymard-le-pont-de-montvert';

/** A copy of the project with its own Astro cache (tests/tools/project-copy.ts). */
function copyProject(): string {
	const copy = copyProjectFolder('hikes', { sharedCache: true });
	copies.push(copy);
	return copy;
}

async function sync(root: string) {
	try {
		const { stdout, stderr } = await run(
			process.execPath,
			[join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'sync', '--root', root],
			{
				cwd: root,
				env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
			},
		);
		return { failed: false, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { failed: true, output: stdout + stderr };
	}
}

afterEach(() => {
	for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('a broken GPX file fails the build', { timeout: 60_000 }, () => {
	it('names a GPX file that is not XML', async () => {
		const root = copyProject();
		writeFileSync(join(root, `${STAGE}.gpx`), 'this is not <gpx');
		const result = await sync(root);
		expect(result.failed).toBe(true);
		expect(result.output).toContain(`${STAGE}.gpx: not well-formed XML`);
	});

	it('names a GPX file without altitudes', async () => {
		const root = copyProject();
		const path = join(root, `${STAGE}.gpx`);
		writeFileSync(path, readFileSync(path, 'utf8').replace(/<ele>[^<]*<\/ele>/g, ''));
		const result = await sync(root);
		expect(result.failed).toBe(true);
		expect(result.output).toContain(`${STAGE}.gpx: point 1 has no altitude`);
	});

	it('names an entry whose start is far from its track', async () => {
		const root = copyProject();
		const path = join(root, `${STAGE}.yaml`);
		writeFileSync(path, readFileSync(path, 'utf8').replace('lat: 44.48665', 'lat: 44.45'));
		const result = await sync(root);
		expect(result.failed).toBe(true);
		expect(result.output).toContain(`${STAGE}.yaml`);
		expect(result.output).toMatch(/start: is \d+ m from the track's first point/);
	});
});

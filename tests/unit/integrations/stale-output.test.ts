/**
 * A build into a kept output folder: files of earlier builds that this build neither wrote nor
 * listed as its own are removed (a member gone from the feed leaves no page behind); the pages
 * Astro left in place and every file written since the build started stay.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStaleFiles } from '../../../src/integrations/stale-output';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

const started = Date.parse('2026-11-26T10:00:00Z');

function file(path: string, written: 'before' | 'during') {
	const full = join(root, path);
	mkdirSync(dirname(full), { recursive: true });
	writeFileSync(full, path);
	const time = new Date(started + (written === 'before' ? -3_600_000 : 1_000));
	utimesSync(full, time, time);
	return full;
}

describe('removing what earlier builds left in the output folder', () => {
	it('removes the old files that are not this build’s, and the folders they leave empty', async () => {
		root = mkdtempSync(join(tmpdir(), 'stale-output-'));
		const keptPage = file('client/hebergements/gite-du-valat/index.html', 'before');
		const goneMember = file('client/hebergements/gite-ferme/index.html', 'before');
		const oldScript = file('client/_astro/island.OLD.js', 'before');
		const newScript = file('client/_astro/island.NEW.js', 'during');
		const newPage = file('client/hebergements/nouveau/index.html', 'during');
		const oldServerChunk = file('server/chunks/page.OLD.mjs', 'before');
		const searchIndexPart = file('client/pagefind/part-1/pagefind-entry.json', 'before');

		const removed = await removeStaleFiles(
			root,
			started,
			new Set([keptPage]),
			new Set([join(root, 'client/pagefind')]),
		);

		expect(removed).toBe(3);
		for (const kept of [keptPage, newScript, newPage, searchIndexPart])
			expect(existsSync(kept)).toBe(true);
		for (const gone of [goneMember, oldScript, oldServerChunk])
			expect(existsSync(gone)).toBe(false);
		expect(existsSync(join(root, 'client/hebergements/gite-ferme'))).toBe(false);
		expect(existsSync(join(root, 'server'))).toBe(false);
		expect(existsSync(root)).toBe(true);
	});
});

import { describe, expect, it } from 'vitest';
import { missingTiles, saveOutcome } from '../../../../src/lib/offline/save-outcome';

describe('saveOutcome', () => {
	it('is complete when every file and tile is stored', () => {
		expect(
			saveOutcome({ files: { stored: 16, total: 16 }, tiles: { stored: 152, total: 152 } }),
		).toEqual({ kind: 'complete' });
	});

	it('keeps a hike whose page and files are stored, without the tiles that failed', () => {
		// The page and GPX stored, the tile server out of reach.
		expect(
			saveOutcome({ files: { stored: 16, total: 16 }, tiles: { stored: 0, total: 152 } }),
		).toEqual({ kind: 'without-map', missing: 152, total: 152 });
		expect(
			saveOutcome({ files: { stored: 16, total: 16 }, tiles: { stored: 150, total: 152 } }),
		).toEqual({ kind: 'without-map', missing: 2, total: 152 });
	});

	it('fails, counting the page’s files only, when one of them is not stored', () => {
		expect(
			saveOutcome({ files: { stored: 15, total: 16 }, tiles: { stored: 0, total: 152 } }),
		).toEqual({ kind: 'failed', done: 15, total: 16 });
	});

	it('is complete for a hike with no tiles to save', () => {
		expect(saveOutcome({ files: { stored: 3, total: 3 }, tiles: { stored: 0, total: 0 } })).toEqual(
			{ kind: 'complete' },
		);
	});
});

describe('missingTiles', () => {
	const planned = ['https://t/12/1/1.png', 'https://t/12/1/2.png', 'https://t/12/1/3.png'];

	it('lists the planned tiles the cache lacks, in the plan’s order, once each', () => {
		expect(missingTiles([...planned, planned[2]!], new Set([planned[1]!]))).toEqual([
			planned[0],
			planned[2],
		]);
	});

	it('is empty once every tile is stored', () => {
		expect(missingTiles(planned, new Set(planned))).toEqual([]);
	});
});

/**
 * The SAMPLE_DATA switch: its values, what each collection's rule keeps of an entry, and the
 * wrapped loader, which must leave out sample entries whether the inner loader stores them now or
 * left them in the store from an earlier build.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import {
	dropSampleEntries,
	sampleDataMode,
	withoutSampleOfficeHours,
	withoutSampleVillageParts,
} from '../../../src/lib/content/sample-data';
import {
	sampleFeedIds,
	sampleYamlIds,
	withoutSampleReferences,
} from '../../../src/lib/content/sample-ids';
import { withoutSamples } from '../../../src/loaders/publishable';

describe('sampleDataMode', () => {
	it('is on unless told off, and refuses anything else', () => {
		expect(sampleDataMode(undefined)).toBe('on');
		expect(sampleDataMode('')).toBe('on');
		expect(sampleDataMode('on')).toBe('on');
		expect(sampleDataMode('OFF')).toBe('off');
		expect(() => sampleDataMode('no')).toThrow('SAMPLE_DATA must be "on" or "off" (got "no")');
	});
});

describe('the rules', () => {
	it('drop a sample entry and keep a real one as it is', () => {
		const real = { title: 'GR70', sample: false };
		expect(dropSampleEntries({ title: 'Fête', sample: true })).toBeUndefined();
		expect(dropSampleEntries(real)).toBe(real);
	});

	it('keep a village without its sample services and walk', () => {
		const village = {
			name: 'Vialas',
			services: [{ kind: 'water' }],
			servicesAreSample: true,
			walk: { sample: true, steps: [] },
		};
		expect(withoutSampleVillageParts(village)).toEqual({
			name: 'Vialas',
			services: [],
			servicesAreSample: false,
		});
		const surveyed = { name: 'Vialas', services: [{ kind: 'water' }], servicesAreSample: false };
		expect(withoutSampleVillageParts(surveyed)).toBe(surveyed);
	});

	it('keep an office without its sample hours', () => {
		expect(
			withoutSampleOfficeHours({ name: 'Vialas', seasons: [{}], hoursAreSample: true }),
		).toEqual({
			name: 'Vialas',
			seasons: [],
			hoursAreSample: false,
		});
	});

	it('keep an experience without its references to sample entries', () => {
		const rule = withoutSampleReferences({ hikes: () => new Set(['drawn']) });
		expect(
			rule({
				hikes: [
					{ collection: 'hikes', id: 'drawn' },
					{ collection: 'hikes', id: 'gr70' },
				],
			}),
		).toEqual({ hikes: [{ collection: 'hikes', id: 'gr70' }] });
		expect(rule({ sample: true, hikes: [] })).toBeUndefined();
	});

	it('find the content’s sample entries by their flag', () => {
		expect(sampleFeedIds().has('pierre-castan-accompagnateur-en-montagne-d5a1473a')).toBe(true);
		expect(sampleYamlIds('hikes').has('serres-de-gabriac')).toBe(true);
		expect(sampleYamlIds('hikes').has('gr70-le-pont-de-montvert-florac')).toBe(false);
	});
});

/** A loader context with an in-memory store, enough for the wrapper. */
function fakeContext(stored: [string, Record<string, unknown>][] = []) {
	const entries = new Map(stored.map(([id, data]) => [id, { id, data, digest: `d-${id}` }]));
	const logs: string[] = [];
	const store = {
		set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => {
			entries.set(entry.id, { digest: '', ...entry });
			return true;
		},
		get: (id: string) => entries.get(id),
		has: (id: string) => entries.has(id),
		delete: (id: string) => void entries.delete(id),
		keys: () => [...entries.keys()],
		entries: () => [...entries.entries()],
	};
	const context = {
		store,
		logger: { info: (line: string) => logs.push(line) },
	} as unknown as LoaderContext;
	return { context, entries, logs };
}

describe('withoutSamples', () => {
	it('leaves out what the loader stores and what an earlier build left, and says how many', async () => {
		const inner: Loader = {
			name: 'test',
			load: ({ store }) => {
				store.set({ id: 'fete', data: { sample: true }, digest: 'x' });
				store.set({ id: 'gr70', data: { sample: false }, digest: 'y' });
				return Promise.resolve();
			},
		};
		// "old" was stored by an earlier build and left alone by the loader (file unchanged).
		const { context, entries, logs } = fakeContext([['old', { sample: true }]]);
		await withoutSamples(inner, dropSampleEntries, 'hikes').load(context);
		expect([...entries.keys()]).toEqual(['gr70']);
		expect(logs).toEqual(['SAMPLE_DATA=off: 2 sample hikes left out']);
	});

	it('stores a changed entry under a digest of its own, so a build with samples parses it again', async () => {
		const inner: Loader = {
			name: 'test',
			load: ({ store }) => {
				store.set({ id: 'vialas', data: { seasons: [{}], hoursAreSample: true }, digest: 'abc' });
				return Promise.resolve();
			},
		};
		const { context, entries, logs } = fakeContext();
		await withoutSamples(inner, withoutSampleOfficeHours, 'offices').load(context);
		expect(entries.get('vialas')).toMatchObject({
			data: { seasons: [], hoursAreSample: false },
			digest: 'abc:without-sample',
		});
		expect(logs).toEqual(['SAMPLE_DATA=off: 1 offices without their sample parts']);
	});
});

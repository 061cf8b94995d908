import { describe, expect, it } from 'vitest';
import { currentCards, excerptParts, resultCard } from '../../../../src/lib/search/results';

describe('excerpts', () => {
	it('splits Pagefind’s excerpt into plain text and highlighted matches', () => {
		expect(excerptParts('Un <mark>gîte</mark> d&#39;étape &amp; <mark>refuge</mark>.')).toEqual([
			{ text: 'Un ', marked: false },
			{ text: 'gîte', marked: true },
			{ text: " d'étape & ", marked: false },
			{ text: 'refuge', marked: true },
			{ text: '.', marked: false },
		]);
	});

	it('never lets markup through: other tags are dropped, escaped ones stay text', () => {
		expect(excerptParts('<img src=x onerror=alert(1)>&lt;script&gt;')).toEqual([
			{ text: '<script>', marked: false },
		]);
	});
});

describe('result cards', () => {
	const data = {
		url: '/randonnees/sommet-de-finiels-depuis-finiels/',
		excerpt: 'le <mark>Finiels</mark>',
		meta: { title: 'Le sommet de Finiels', kind: 'Randonnée', village: 'Le Pont-de-Montvert' },
		filters: { kind: ['hike'], village: ['le-pont-de-montvert'] },
	};

	it('shows the title, kind, village and the kind’s pictogram without a photo', () => {
		expect(resultCard(data)).toEqual({
			url: data.url,
			title: 'Le sommet de Finiels',
			kind: 'hike',
			kindLabel: 'Randonnée',
			village: 'Le Pont-de-Montvert',
			image: undefined,
			excerpt: [
				{ text: 'le ', marked: false },
				{ text: 'Finiels', marked: true },
			],
			ends: undefined,
		});
	});

	it('shows only the site’s own photos', () => {
		const photo = (image: string) =>
			resultCard({ ...data, meta: { ...data.meta, image, image_alt: 'Le sommet' } }).image;
		expect(photo('/_astro/finiels.webp')).toEqual({
			src: '/_astro/finiels.webp',
			alt: 'Le sommet',
		});
		expect(photo('https://tracker.example/x.png')).toBeUndefined();
		expect(photo('//tracker.example/x.png')).toBeUndefined();
	});

	it('leaves out a page whose last day is over', () => {
		const dated = (ends: string) => ({ ...data, meta: { ...data.meta, ends } });
		expect(
			currentCards([dated('2026-08-15'), data], '2026-08-16').map((card) => card.ends),
		).toEqual([undefined]);
		expect(currentCards([dated('2026-08-15')], '2026-08-15')).toHaveLength(1);
	});
});

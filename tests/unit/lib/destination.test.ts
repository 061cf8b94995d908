import { describe, expect, it } from 'vitest';
import {
	curateTheme,
	resolveFeedReferences,
	resolveReferences,
	hasTheme,
	todayInParis,
	walkLengthMetres,
} from '../../../src/lib/destination';
import { distanceInMetres } from '../../../src/lib/geo/distance';

const tagged = (id: string, themes: string[]) => ({
	id,
	data: { themes: themes.map((theme) => ({ id: theme })) },
});

const candidates = {
	experiences: [tagged('nuit', ['nature', 'famille']), tagged('marche', ['gastronomie'])],
	sectors: [tagged('mont-lozere', ['nature'])],
	villages: [tagged('vialas', ['nature']), tagged('sainte-croix', ['famille'])],
	hikes: [
		{ id: 'finiels', data: { themes: [{ id: 'randonnee' }], familyFriendly: false } },
		{ id: 'boucle', data: { themes: [], familyFriendly: true } },
	],
	providers: [
		{ id: 'fromagerie', data: { category: 'producer' } },
		{ id: 'auberge', data: { category: 'restaurant' } },
		{ id: 'gite', data: { category: 'accommodation' } },
	],
	events: [
		{ id: 'marche-ete', data: { category: 'market', familyFriendly: false } },
		{ id: 'contes', data: { category: 'talk', familyFriendly: true } },
		{ id: 'sortie', data: { category: 'guided-walk', familyFriendly: false } },
	],
};

const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

describe('curateTheme', () => {
	it('lists the entries of every collection tagged with the theme', () => {
		const nature = curateTheme('nature', candidates);
		expect(ids(nature.experiences)).toEqual(['nuit']);
		expect(ids(nature.sectors)).toEqual(['mont-lozere']);
		expect(ids(nature.villages)).toEqual(['vialas']);
		expect(nature.hikes).toEqual([]);
		expect(nature.providers).toEqual([]);
		expect(nature.events).toEqual([]);
	});

	it('adds family-friendly hikes and events to Famille', () => {
		const famille = curateTheme('famille', candidates);
		expect(ids(famille.hikes)).toEqual(['boucle']);
		expect(ids(famille.events)).toEqual(['contes']);
		expect(ids(famille.villages)).toEqual(['sainte-croix']);
	});

	it('adds producers, restaurants and markets to Gastronomie, not accommodation', () => {
		const gastronomie = curateTheme('gastronomie', candidates);
		expect(ids(gastronomie.providers)).toEqual(['fromagerie', 'auberge']);
		expect(ids(gastronomie.events)).toEqual(['marche-ete']);
	});

	it('adds guided walks to Randonnée', () => {
		const randonnee = curateTheme('randonnee', candidates);
		expect(ids(randonnee.hikes)).toEqual(['finiels']);
		expect(ids(randonnee.events)).toEqual(['sortie']);
	});
});

describe('hasTheme', () => {
	it('reads references and bare ids alike', () => {
		expect(hasTheme({ themes: [{ id: 'unesco' }] }, 'unesco')).toBe(true);
		expect(hasTheme({ themes: ['unesco'] }, 'unesco')).toBe(true);
		expect(hasTheme({}, 'unesco')).toBe(false);
	});
});

describe('todayInParis', () => {
	it('is already tomorrow in France late in the UTC evening', () => {
		expect(todayInParis(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
		expect(todayInParis(new Date('2026-01-15T22:30:00Z'))).toBe('2026-01-15');
	});
});

describe('walkLengthMetres', () => {
	it('adds up the straight lines from stop to stop', () => {
		const a = { location: { lat: 44.36, lon: 3.745 } };
		const b = { location: { lat: 44.362, lon: 3.745 } };
		const c = { location: { lat: 44.362, lon: 3.748 } };
		expect(walkLengthMetres([a, b, c])).toBeCloseTo(
			distanceInMetres(a.location, b.location) + distanceInMetres(b.location, c.location),
			6,
		);
		expect(walkLengthMetres([a])).toBe(0);
	});
});

describe('resolveReferences', () => {
	const providers = [{ id: 'fromagerie' }, { id: 'anes' }];

	it('returns the entries in the order of the references', () => {
		expect(
			resolveReferences(providers, [{ id: 'anes' }, { id: 'fromagerie' }], {
				file: 'x.yaml',
				field: 'providers',
			}),
		).toEqual([{ id: 'anes' }, { id: 'fromagerie' }]);
	});

	it('fails naming the file, the field and the unknown id', () => {
		expect(() =>
			resolveReferences(providers, [{ id: 'atlantis' }], {
				file: 'content/experiences/x.yaml',
				field: 'providers',
			}),
		).toThrow('content/experiences/x.yaml: providers: "atlantis" is not in the collection');
	});
});

describe('resolveFeedReferences', () => {
	const providers = [{ id: 'fromagerie' }, { id: 'anes' }];

	it('leaves out a member the feed no longer has and warns once, naming the file and the id', () => {
		const warnings: string[] = [];
		const resolve = () =>
			resolveFeedReferences(
				providers,
				[{ id: 'anes' }, { id: 'ferme-fermee' }, { id: 'fromagerie' }],
				{ file: 'content/experiences/transhumance.yaml', field: 'providers' },
				(message) => warnings.push(message),
			);
		expect(resolve()).toEqual([{ id: 'anes' }, { id: 'fromagerie' }]);
		// The French and the English page resolve the same references: one warning.
		expect(resolve()).toEqual([{ id: 'anes' }, { id: 'fromagerie' }]);
		expect(warnings).toEqual([
			'content/experiences/transhumance.yaml: providers: "ferme-fermee" is not in the feed (closed, renamed or skipped): the link is left out',
		]);
	});
});

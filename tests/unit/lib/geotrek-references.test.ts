/**
 * What a Geotrek trek points to, on the hike: themes, labels, networks and route through the
 * reference lists, duration, photos, communes (INSEE → villages) and information desks (→ the
 * office's bureaux). Real API answers (tests/fixtures/geotrek/), the trek moved into the territory.
 */
import { describe, expect, it } from 'vitest';
import { mapTrek, type Trek, type TrekVillage } from '../../../src/lib/geotrek/map-trek';
import { itinerariesOf } from '../../../src/lib/geotrek/itinerary';
import type { TrekOffice } from '../../../src/lib/geotrek/references';
import { answers, CREDIT, relocated, VILLAGES } from './geotrek-fixtures';

const OFFICES: TrekOffice[] = [
	{ id: 'vialas', locality: 'Vialas', location: { lat: 44.3335, lon: 3.8958 } },
	{
		id: 'saint-germain-de-calberte',
		locality: 'Saint-Germain-de-Calberte',
		location: { lat: 44.2181, lon: 3.8091 },
	},
];

function mapped(trek: Trek, villages: TrekVillage[] = VILLAGES) {
	const mapping = mapTrek(trek, answers.references, villages, { ...CREDIT, offices: OFFICES });
	if (!mapping.ok) throw new Error(JSON.stringify(mapping.problems));
	return mapping;
}

describe('a Geotrek trek’s references on the hike', () => {
	it('gives the site’s themes that Geotrek’s themes name, with hiking, and warns of an unknown id', () => {
		const mapping = mapped(relocated(0)); // themes 8 (not in the list) and 4 (Point de vue)
		expect(mapping.data['themes']).toEqual(['randonnee', 'nature']);
		expect(mapping.warnings).toContainEqual({
			field: 'themes',
			reason: "themes 8 is not in Geotrek's list: left out",
		});
	});

	it('leaves out a theme the site does not have, with a warning', () => {
		const trek = relocated(0);
		trek.themes = [5, 6];
		const mapping = mapped(trek);
		expect(mapping.data['themes']).toEqual(['randonnee', 'unesco']);
		expect(mapping.warnings).toContainEqual({
			field: 'themes',
			reason: '"Architecture" is none of the site\'s themes: left out',
		});
	});

	it('gives the labels with their advice as text, in French and English', () => {
		const labels = mapped(relocated(0)).data['labels'] as {
			name: { fr: string; en: string };
			advice?: { fr: string; en: string };
		}[];
		expect(labels.map((label) => label.name)).toEqual([
			{ fr: 'Chien autorisé', en: 'Dogs are great' },
			{ fr: 'En coeur de parc', en: 'Is in the midst of the park' },
			{ fr: 'Information Patou', en: 'Patou' },
		]);
		expect(labels[0]?.advice?.fr).toBe('La divagation des chiens est autorisée sur le sentier.');
		expect(labels[0]?.advice?.en).toMatch(/^The national park is an unrestricted natural area/);
		expect(JSON.stringify(labels)).not.toMatch(/<[a-z]|&[a-z]+;/);
	});

	it('gives the networks by name and the route as Geotrek names it', () => {
		const loop = mapped(relocated(0));
		expect(loop.data['networks']).toEqual(['PR']);
		expect(loop.data['route']).toEqual({ fr: 'Boucle', en: 'Loop' });
		const trek = relocated(0);
		trek.route = 3;
		trek.networks = [];
		const crossing = mapped(trek);
		expect(crossing.data['route']).toEqual({ fr: 'Traversée', en: 'Crossing' });
		expect(crossing.data['networks']).toEqual([]);
	});

	it('takes Geotrek’s duration in hours as the hike’s time in minutes, none when it gives none', () => {
		expect(mapped(relocated(2)).data['durationMinutes']).toBe(240);
		const trek = relocated(2);
		trek.duration = null;
		expect(mapped(trek).data).not.toHaveProperty('durationMinutes');
	});

	it('keeps the photos among the attachments, author as credit, licence and legend as caption, not the video or file', () => {
		expect(mapped(relocated(0)).data['images']).toEqual([
			{
				url: 'https://foo.fr/media/paperclip/trekking_trek/2/1024px-les_pyrenees_depuis_le_pic_des_3_seigneurs.jpg',
				credit: 'Grégory Tonon',
				license: 'License',
				caption: { fr: 'Vue sur la chaîne des Pyrénées, depuis le pics des 3 Seigneurs' },
			},
		]);
	});

	it('leaves out a photo without a web address, and warns of one without author or licence', () => {
		const trek = relocated(0);
		trek.attachments = [
			{ type: 'image', url: 'ftp://foo.fr/a.jpg', author: 'A', license: 'CC-BY' },
			{ type: 'image', url: 'https://foo.fr/b.jpg', author: '', license: null },
		];
		const mapping = mapped(trek);
		expect(mapping.data['images']).toEqual([{ url: 'https://foo.fr/b.jpg' }]);
		expect(mapping.warnings.filter((warning) => warning.field === 'attachments')).toHaveLength(2);
	});

	it('lists the villages of the territory among its communes, in Geotrek’s order', () => {
		const trek = relocated(0);
		trek.cities = ['09231', '48155', '48194'];
		const villages = [
			...VILLAGES,
			{
				id: 'saint-germain-de-calberte',
				name: 'Saint-Germain-de-Calberte',
				insee: '48155',
				sector: 'calbertois',
			},
		];
		const mapping = mapped(trek, villages);
		expect(mapping.data['villages']).toEqual(['saint-germain-de-calberte', 'vialas']);
		expect(mapping.data['sector']).toBe('calbertois');
	});

	it('names the office’s bureaux among its information desks, by place or town, and warns of the others', () => {
		const mapping = mapped(relocated(0)); // desks 2 (the park's house in Florac), 1 and 3
		expect(mapping.data['offices']).toEqual(['vialas', 'saint-germain-de-calberte']);
		expect(mapping.warnings).toContainEqual({
			field: 'information_desks',
			reason:
				"Maison du Parc national des Cévennes is not one of the office's bureaux: the page names the nearest ones",
		});
	});
});

describe('a Geotrek trek in steps', () => {
	const steps = () => {
		const parent = relocated(0);
		const first = relocated(3); // "Foo" / "Bar", the parent's step in the fixtures
		const second = relocated(2);
		parent.children = [first.uuid!, second.uuid!, 'b2aea892-5e6e-4daa-a750-7d2ee52d3fe1'];
		const outside = structuredClone(answers.treks[4]!); // the third step, in the Pyrenees
		const treks = [parent, first, second, outside];
		const mappings = new Map(
			treks.map((trek) => [trek.uuid!, mapTrek(trek, answers.references, VILLAGES, CREDIT)]),
		);
		return itinerariesOf(treks, (uuid) => mappings.get(uuid));
	};

	it('is an itinerary of its steps that are hikes of the site, in walking order', () => {
		const [itinerary, ...others] = steps();
		expect(others).toEqual([]);
		expect(itinerary).toMatchObject({
			id: 'boucle-du-pic-des-trois-seigneurs-9e70b294',
			data: {
				title: { fr: 'Boucle du Pic des Trois Seigneurs', en: 'Loop of the pic of 3 lords' },
				stages: ['foo-c9567576', 'decouverte-de-la-cascade-d-ars-6761143f'],
				sample: false,
			},
		});
		expect(JSON.stringify(itinerary?.data)).not.toMatch(/<[a-z]|&[a-z]+;/);
	});

	it('leaves out a step that is not a hike of the site, with a warning', () => {
		expect(steps()[0]?.warnings).toEqual([
			{
				field: 'children',
				reason: expect.stringMatching(
					/^step b2aea892-5e6e-4daa-a750-7d2ee52d3fe1 is not a hike of the site \(outside the territory/,
				) as string,
			},
		]);
	});

	it('stays a hike of its own with fewer than two steps that are hikes', () => {
		const parent = relocated(0); // one step in the fixtures
		const step = relocated(3);
		const mappings = new Map(
			[parent, step].map((trek) => [
				trek.uuid!,
				mapTrek(trek, answers.references, VILLAGES, CREDIT),
			]),
		);
		expect(itinerariesOf([parent, step], (uuid) => mappings.get(uuid))).toEqual([]);
	});
});

/**
 * The mapping of DATAtourisme providers: bad objects rejected naming the field at fault, values
 * that cannot be shown left out with a warning, the village of a commune nouvelle, labels,
 * sample objects and entry ids. The real objects' mapping is in map-provider-real.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Node } from '../../../../src/lib/datatourisme/jsonld';
import { entryIdFor, mapProvider } from '../../../../src/lib/datatourisme/map-provider';
import {
	FRAISSINET,
	giteInVialas,
	loaded,
	moveTo,
	PONT_DE_MONTVERT,
	placeOf,
	realObject,
	rejected,
	SITE_RULES,
} from './fixtures';

const review = (id: string, fr: string) => ({
	'@type': ['Review'],
	hasReviewValue: { '@id': `kb:${id}`, '@type': ['LabelRating'], 'rdfs:label': { fr: [fr] } },
});
describe('bad objects are rejected, naming the field at fault', () => {
	it('without an @id', () => {
		const object = giteInVialas();
		delete object['@id'];
		expect(rejected(mapProvider(object, SITE_RULES, 'content/feed/x.json'))).toEqual([
			{ field: '@id', reason: 'missing: every object needs its DATAtourisme identifier' },
		]);
	});

	it('without a French name, even with an English one', () => {
		const object = giteInVialas();
		object['rdfs:label'] = { en: ['The House Next Door'] };
		expect(rejected(mapProvider(object, SITE_RULES))).toEqual([
			{ field: 'rdfs:label.fr', reason: 'no French name' },
		]);
	});

	it('without coordinates', () => {
		const object = giteInVialas();
		delete placeOf(object)['schema:geo'];
		expect(rejected(mapProvider(object, SITE_RULES))).toEqual([
			{ field: 'isLocatedAt.schema:geo', reason: 'no coordinates' },
		]);
	});

	it('with a latitude that is not a number', () => {
		const object = giteInVialas();
		(placeOf(object)['schema:geo'] as Node)['schema:latitude'] = '44,33 N';
		expect(rejected(mapProvider(object, SITE_RULES))).toEqual([
			{ field: 'isLocatedAt.schema:geo.schema:latitude', reason: '"44,33 N" is not a number' },
		]);
	});

	it('with coordinates outside the territory, even in a village of the territory', () => {
		const object = moveTo(
			giteInVialas(),
			{ lat: '48.8566', lon: '2.3522' },
			{ insee: '48194', name: 'Vialas', postalCode: '48220' },
		);
		const problems = rejected(mapProvider(object, SITE_RULES));
		expect(problems).toEqual([
			{
				field: 'isLocatedAt.schema:geo',
				reason:
					'48.8566, 2.3522 is outside the territory (latitude 44.05–44.55, longitude 3.5–4.05)',
			},
		]);
	});

	it('in a commune that is not one of the villages', () => {
		const object = moveTo(
			giteInVialas(),
			{ lat: '44.45', lon: '3.6' },
			{ insee: '48027', name: 'Mont Lozère et Goulet', postalCode: '48190' },
		);
		expect(rejected(mapProvider(object, SITE_RULES))).toEqual([
			{
				field: 'isLocatedAt.schema:address.hasAddressCity',
				reason:
					'Mont Lozère et Goulet (INSEE 48027) is not a village of the territory (content/villages/)',
			},
		]);
	});

	it('of no category of the site', () => {
		const object = giteInVialas();
		object['@type'] = ['PlaceOfInterest', 'PointOfInterest', 'CulturalSite'];
		expect(rejected(mapProvider(object, SITE_RULES))[0]).toEqual({
			field: '@type',
			reason:
				'no category of the site for the classes PlaceOfInterest, PointOfInterest, CulturalSite',
		});
	});

	it('lists every problem of an object at once', () => {
		const object = realObject('gite');
		object['rdfs:label'] = {};
		expect(rejected(mapProvider(object, SITE_RULES)).map((problem) => problem.field)).toEqual([
			'rdfs:label.fr',
			'isLocatedAt.schema:geo',
			'isLocatedAt.schema:address.hasAddressCity',
		]);
	});
});

describe('values that cannot be shown are left out with a warning, the object loads', () => {
	it('drops a foreign phone number, a malformed e-mail and a malformed website', () => {
		const object = giteInVialas();
		const contact = (object['hasContact'] as Node[])[0] as Node;
		contact['schema:telephone'] = ['+41 22 123 45 67', '04 66 41 00 00'];
		contact['schema:email'] = ['not-an-address'];
		contact['foaf:homepage'] = ['www.example'];
		const mapping = mapProvider(object, SITE_RULES);
		expect(loaded(mapping).contact).toEqual({ phones: ['+33466410000'] });
		expect(mapping.warnings).toEqual(
			expect.arrayContaining([
				{
					field: 'hasContact.schema:telephone',
					reason: '"+41 22 123 45 67" is not a French phone number: left out',
				},
				{
					field: 'hasContact.schema:email',
					reason: '"not-an-address" is not an e-mail address: left out',
				},
				{
					field: 'hasContact.foaf:homepage',
					reason: '"www.example" is not a web address: left out',
				},
			]),
		);
	});

	it('drops a capacity that is not a number of people', () => {
		const object = giteInVialas();
		object['allowedPersons'] = 'beaucoup';
		const mapping = mapProvider(object, SITE_RULES);
		expect(loaded(mapping).capacity).toBeUndefined();
		expect(mapping.warnings).toContainEqual({
			field: 'allowedPersons',
			reason: '"beaucoup" is not a number of people: left out',
		});
	});

	it('warns when there is no English description', () => {
		const object = giteInVialas();
		delete (object['rdfs:comment'] as Node)['en'];
		const description = (object['hasDescription'] as Node[])[0] as Node;
		delete (description['shortDescription'] as Node)['en'];
		delete (description['dc:description'] as Node)['en'];
		const mapping = mapProvider(object, SITE_RULES);
		expect(loaded(mapping).summary).toEqual({
			fr: expect.stringMatching(/^Entre Avignon/) as string,
		});
		expect(mapping.warnings).toContainEqual({
			field: 'hasDescription.dc:description.en',
			reason: 'no English description: the English page shows the French one',
		});
	});

	it('ignores unknown extra fields', () => {
		const plain = loaded(mapProvider(giteInVialas(), SITE_RULES));
		const object = giteInVialas();
		object['ex:somethingNew'] = { fr: ['?'] };
		placeOf(object)['ex:another'] = 42;
		expect(loaded(mapProvider(object, SITE_RULES))).toEqual(plain);
	});
});

describe('village of an object in a commune nouvelle', () => {
	const inCommune = (point: { lat: string; lon: string }, locality: string) =>
		moveTo(giteInVialas(), point, { insee: '48116', name: locality, postalCode: '48220' });
	const context = { villages: [PONT_DE_MONTVERT, FRAISSINET] };

	it('is the village named as its locality', () => {
		const object = inCommune({ lat: '44.3640', lon: '3.7460' }, 'Fraissinet-de-Lozère');
		expect(loaded(mapProvider(object, context)).village).toBe('fraissinet-de-lozere');
	});

	it('is the nearest village of the commune nouvelle when the locality is the commune nouvelle', () => {
		const nearFraissinet = inCommune(
			{ lat: '44.3740', lon: '3.7000' },
			'Pont de Montvert - Sud Mont Lozère',
		);
		const nearPont = inCommune(
			{ lat: '44.3620', lon: '3.7440' },
			'Pont de Montvert - Sud Mont Lozère',
		);
		expect(loaded(mapProvider(nearFraissinet, context)).village).toBe('fraissinet-de-lozere');
		expect(loaded(mapProvider(nearPont, context)).village).toBe('le-pont-de-montvert');
	});
});

describe('labels', () => {
	const withReviews = (...reviews: ReturnType<typeof review>[]) => {
		const object = giteInVialas();
		object['hasReview'] = reviews;
		return loaded(mapProvider(object, SITE_RULES));
	};

	it('reads the impairment families of Tourisme & Handicap and names the label once', () => {
		const entry = withReviews(
			review(
				'LabelRating_TourismeHandicapPictogrammeMoteur',
				'Tourisme et Handicap - handicap moteur',
			),
			review(
				'LabelRating_TourismeHandicapPictogrammeAuditif',
				'Tourisme et Handicap - handicap auditif',
			),
		);
		expect(entry.accessibility).toEqual(['motor', 'hearing']);
		expect(entry.labels).toEqual([
			{ code: 'tourisme-handicap', name: { fr: 'Tourisme & Handicap', en: 'Tourisme & Handicap' } },
		]);
	});

	it('recognises a label by its French name when its identifier is spelled differently', () => {
		const entry = withReviews(
			review('LabelRating_Clevacances_Old', 'Clévacances'),
			review('ScaleRating_3cles', '3 clés'),
		);
		expect(entry.labels).toEqual([{ code: 'clevacances', name: { fr: 'Clévacances' }, level: 3 }]);
	});

	it('gives épis to Gîtes de France even when the label itself is missing', () => {
		const entry = withReviews(review('ScaleRating_4epis', '4 épis'));
		expect(entry.labels).toEqual([
			{ code: 'gites-de-france', name: { fr: 'Gîtes de France', en: 'Gîtes de France' }, level: 4 },
		]);
	});

	it('keeps a label it does not know, under the feed’s name', () => {
		const entry = withReviews(
			review('LabelRating_VignoblesEtDecouvertes', 'Vignobles & Découvertes'),
		);
		expect(entry.labels).toEqual([
			{ code: 'vignoblesetdecouvertes', name: { fr: 'Vignobles & Découvertes' } },
		]);
	});

	it('knows Accueil Paysan and Esprit parc national', () => {
		const entry = withReviews(
			review('LabelRating_AccueilPaysan', 'Accueil Paysan'),
			review('LabelRating_EspritParcNational', 'Marque Esprit parc national'),
		);
		expect(entry.labels.map((label) => label.code)).toEqual([
			'accueil-paysan',
			'esprit-parc-national',
		]);
	});
});

describe('sample objects and entry ids', () => {
	it('flags an object marked "sample": true', () => {
		const object = giteInVialas();
		object['sample'] = true;
		expect(loaded(mapProvider(object, SITE_RULES)).sample).toBe(true);
	});

	it('makes an id of the name and a hash of an identifier that is not a UUID', () => {
		expect(entryIdFor('urn:example:sample:12', 'Gîte de l’Étoile')).toMatch(
			/^gite-de-l-etoile-[0-9a-f]{8}$/,
		);
		expect(entryIdFor('urn:example:sample:12', 'Gîte')).toBe(
			entryIdFor('urn:example:sample:12', 'Gîte'),
		);
		expect(entryIdFor('urn:example:sample:12', 'Gîte')).not.toBe(
			entryIdFor('urn:example:sample:13', 'Gîte'),
		);
	});
});

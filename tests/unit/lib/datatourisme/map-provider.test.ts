import { describe, expect, it } from 'vitest';
import type { Node } from '../../../../src/lib/datatourisme/jsonld';
import {
	entryIdFor,
	mapProvider,
	type FeedMapping,
	type MappedProvider,
	type Problem,
} from '../../../../src/lib/datatourisme/map-provider';
import {
	FRAISSINET,
	giteInVialas,
	moveTo,
	PONT_DE_MONTVERT,
	placeOf,
	realObject,
	SITE_RULES,
	WITHOUT_TERRITORY_RULE,
} from './fixtures';

/** The entry of a mapping that must succeed. */
function loaded(mapping: FeedMapping<MappedProvider>): MappedProvider & { id: string } {
	if (!mapping.ok)
		throw new Error(`expected the object to load, got ${JSON.stringify(mapping.problems)}`);
	return { ...mapping.data, id: mapping.id };
}

/** The problems of a mapping that must fail. */
function rejected(mapping: FeedMapping<MappedProvider>): Problem[] {
	if (mapping.ok) throw new Error(`expected the object to be rejected, it loaded as ${mapping.id}`);
	return mapping.problems;
}

const review = (id: string, fr: string) => ({
	'@type': ['Review'],
	hasReviewValue: { '@id': `kb:${id}`, '@type': ['LabelRating'], 'rdfs:label': { fr: [fr] } },
});

describe('the real gîte (RentalAccommodation, Bouches-du-Rhône)', () => {
	const gite = loaded(mapProvider(realObject('gite'), WITHOUT_TERRITORY_RULE));

	it('is an accommodation of the rental kind, with its id made of its name and identifier', () => {
		expect(gite.id).toBe('la-maison-a-cote-004729f1');
		expect(gite.name).toBe('La Maison à Côté');
		expect(gite.category).toBe('accommodation');
		expect(gite.kinds).toEqual(['rental']);
		expect(gite.sourceId).toBe(
			'https://data.datatourisme.fr/58/004729f1-24e7-3d50-875a-eb24f0f15a43',
		);
		expect(gite.sample).toBe(false);
	});

	it('reads latitude and longitude written as strings, the address and the commune', () => {
		expect(gite.location).toEqual({ lat: 43.851501, lon: 4.949978 });
		expect(gite.address).toEqual({
			street: ['600, route de St Andiol'],
			postalCode: '13440',
			locality: 'Cabannes',
		});
		expect(gite.village).toBe('cabannes');
	});

	it('reads the descriptions from the language maps of arrays, in French and English', () => {
		expect(gite.summary?.fr).toMatch(
			/^Entre Avignon, Alpilles et Luberon, La Maison à Côté est un gîte pour 6 personnes/,
		);
		expect(gite.summary?.en).toMatch(/^Between Avignon, Alpilles and Luberon/);
		expect(gite.description?.fr).toMatch(/^Idéalement située entre Avignon et les Alpilles/);
		expect(gite.description?.en).toMatch(/^Ideally located between Avignon and the Alpilles/);
	});

	it('keeps the owner as the contact and the booking centre as the booking contact', () => {
		expect(gite.contact).toEqual({
			phones: ['+33490952549', '+33678412386', '+33684429853'],
			email: 'ck.chasson@orange.fr',
		});
		expect(gite.booking).toEqual({
			name: 'LVP Réservation (Centrale Gîtes de France 13-84)',
			phones: ['+33490854500'],
			email: 'contact@gites-de-france-en-provence.com',
			url: 'https://www.gdf13.com/resa/etape1.php?NUM=13G190649&INSTANCE=env13a&OPE=APIDAE&ORI=APIDAE&&&&',
		});
	});

	it('reads the Gîtes de France label with its 2 épis, and the 3-star classification', () => {
		expect(gite.labels).toEqual([
			{ code: 'gites-de-france', name: { fr: 'Gîtes de France', en: 'Gîtes de France' }, level: 2 },
			{ code: 'stars', name: { fr: '3 étoiles', en: '3 Stars' }, level: 3 },
		]);
		expect(gite.accessibility).toEqual([]);
	});

	it('reads capacity, pets, reduced mobility access, languages and the last update', () => {
		expect(gite.capacity).toBe(6);
		expect(gite.petsAllowed).toBe(false);
		expect(gite.reducedMobilityAccess).toBe(false);
		expect(gite.languages).toEqual(['en', 'es', 'it']);
		expect(gite.lastUpdate).toBe('2023-08-16');
	});

	it('reads the amenities of hasFeature with their names', () => {
		expect(gite.amenities).toHaveLength(22);
		expect(gite.amenities).toContainEqual({
			code: 'Wifi',
			name: { fr: 'Wifi, accès internet', en: 'Wifi, internet access' },
		});
	});

	it('pairs minimum and maximum prices into price lines, with the wording and payment methods', () => {
		expect(gite.prices).toEqual([
			{ min: 375, max: 485 },
			{ min: 530, max: 750 },
		]);
		expect(gite.pricesText?.en).toBe('Mid-week: 375 to 485 €\nWeek: 530 to 750 €.');
		expect(gite.paymentMethods.map((method) => method.fr)).toEqual([
			'Espèce',
			'Chèque',
			'Virements',
		]);
	});

	it('turns a year-long opening period into "all year"', () => {
		expect(gite.openingPeriods).toEqual([{ from: '01-01', to: '12-31', hours: [] }]);
		expect(gite.openingText).toEqual({ fr: "Toute l'année.", en: 'All year round.' });
	});

	it('keeps up to 12 photo URLs with their credits and stated size, without fetching them', () => {
		expect(gite.images).toHaveLength(12);
		expect(gite.images[0]).toEqual({
			url: 'https://static.apidae-tourisme.com/filestore/objets-touristiques/images/186/65/18497978.jpg',
			credit: 'Gîtes de France',
			caption: { fr: 'cuisine' },
			width: 1334,
			height: 1000,
		});
	});
});

describe('the real crêperie (FoodEstablishment, Manche)', () => {
	const restaurant = loaded(mapProvider(realObject('restaurant'), WITHOUT_TERRITORY_RULE));

	it('is a restaurant with its website and pets welcome', () => {
		expect(restaurant.name).toBe('Chez Jeanne');
		expect(restaurant.category).toBe('restaurant');
		expect(restaurant.kinds).toEqual(['restaurant']);
		expect(restaurant.contact.url).toBe('http://www.chezjeannecreperie.com/');
		expect(restaurant.petsAllowed).toBe(true);
		expect(restaurant.capacity).toBeUndefined();
	});

	it('groups its weekly opening hours into seasons, merging days that share their hours', () => {
		const autumn = restaurant.openingPeriods.find(
			(period) => period.from === '09-01' && period.to === '12-31',
		);
		// "Open every day except Tuesday and Wednesday in winter", lunch and dinner.
		expect(autumn?.hours).toEqual([
			{ days: ['mo', 'th', 'fr', 'sa', 'su'], opens: '12:00', closes: '14:00' },
			{ days: ['mo', 'th', 'fr', 'sa', 'su'], opens: '19:00', closes: '20:30' },
		]);
		for (const period of restaurant.openingPeriods) {
			expect(new Set(period.hours.map((range) => `${range.opens}-${range.closes}`)).size).toBe(
				period.hours.length,
			);
		}
	});
});

describe('the real activity provider (SportsAndLeisurePlace, Corrèze)', () => {
	const activity = loaded(mapProvider(realObject('activity'), WITHOUT_TERRITORY_RULE));

	it('is an activity whose kinds come from its themes', () => {
		expect(activity.category).toBe('activity');
		expect(activity.kinds).toEqual(['water-sports', 'climbing-caving', 'cycling']);
		expect(activity.themes.map((theme) => theme.fr)).toContain('Canoé kayak');
	});

	it('reads the Qualité Tourisme label, the main photo first with its licence, and "sp" as Spanish', () => {
		expect(activity.labels.map((label) => label.code)).toEqual(['qualite-tourisme']);
		expect(activity.images[0]).toMatchObject({
			url: 'http://aquitaine.media.tourinsoft.eu/Upload/Activites-sports-nature-Escapade-Nature-Argentat---6-.JPG',
			credit: 'EScapade Nature',
			license: 'By-NC-ND 4.0',
		});
		expect(activity.languages).toEqual(['en', 'es']);
	});

	it('reads price lines with their wording and pricing mode', () => {
		expect(activity.prices[0]).toEqual({
			min: 20,
			label: {
				fr: "Initiation Escalade - 2h d'activité",
				en: 'Introduction to rock climbing - 2h activity',
			},
			per: 'PerPerson',
		});
	});
});

describe('the territory rule on the real objects', () => {
	for (const name of ['gite', 'restaurant', 'activity'] as const) {
		it(`rejects the real ${name}, outside Lozère, naming its coordinates and its commune`, () => {
			const problems = rejected(mapProvider(realObject(name), SITE_RULES));
			expect(problems.map((problem) => problem.field)).toEqual([
				'isLocatedAt.schema:geo',
				'isLocatedAt.schema:address.hasAddressCity',
			]);
			expect(problems[0]?.reason).toMatch(
				/is outside the territory \(latitude 44.05–44.55, longitude 3.5–4.05\)/,
			);
			expect(problems[1]?.reason).toMatch(/is not a village of the territory/);
		});
	}

	it('loads the real gîte once it is moved into Vialas', () => {
		const gite = loaded(mapProvider(giteInVialas(), SITE_RULES));
		expect(gite.village).toBe('vialas');
		expect(gite.location).toEqual({ lat: 44.3401, lon: 3.8862 });
		expect(gite.address.postalCode).toBe('48220');
	});

	it('rejects the real event: it belongs to the events collection', () => {
		const problems = rejected(mapProvider(realObject('event'), WITHOUT_TERRITORY_RULE));
		expect(problems).toEqual([{ field: '@type', reason: 'an event, not a provider' }]);
	});
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

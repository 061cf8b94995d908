/**
 * The mapping of real DATAtourisme providers (a gîte, a crêperie, an activity provider, from
 * tests/fixtures/datatourisme/), and the territory rule on them. Rejections, warnings, villages,
 * labels and entry ids are in map-provider.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { mapProvider } from '../../../../src/lib/datatourisme/map-provider';
import {
	giteInVialas,
	loaded,
	realObject,
	rejected,
	SITE_RULES,
	WITHOUT_TERRITORY_RULE,
} from './fixtures';

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

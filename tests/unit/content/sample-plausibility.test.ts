/**
 * The sample feed as a Cévennes visitor would read it: each kind within its
 * legal limits (scripts/feed/sample/limits.ts gives the texts), the capacity stated in the
 * feed agreeing with the one in the text, and descriptions that differ from one member to the next.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { feedFiles } from '../../../src/lib/datatourisme/sync';
import { CAPACITY_LIMITS } from '../../../scripts/feed/sample/limits';

interface SampleObject {
	'@type': string[];
	'rdfs:label': { fr: string[] };
	allowedPersons?: number;
	hasDescription: {
		shortDescription: { fr: string[]; en: string[] };
		'dc:description': { fr: string[]; en: string[] };
	}[];
	isLocatedAt: {
		'schema:address': { 'schema:addressLocality': string }[];
		'schema:openingHoursSpecification'?: {
			'schema:validFrom': string;
			'schema:validThrough': string;
		}[];
	}[];
}

const folder = fileURLToPath(new URL('../../../content/feed/sample', import.meta.url));
const members = feedFiles(folder).map((file) => {
	const object = JSON.parse(readFileSync(file, 'utf8')) as SampleObject;
	const description = object.hasDescription[0]!;
	return {
		file,
		types: object['@type'],
		name: object['rdfs:label'].fr[0]!,
		persons: object.allowedPersons,
		summary: { fr: description.shortDescription.fr[0]!, en: description.shortDescription.en[0]! },
		description: {
			fr: description['dc:description'].fr[0]!,
			en: description['dc:description'].en[0]!,
		},
		village: object.isLocatedAt[0]!['schema:address'][0]!['schema:addressLocality'],
		seasons: object.isLocatedAt[0]!['schema:openingHoursSpecification'] ?? [],
	};
});
type Member = (typeof members)[number];

const ofType = (type: string) => members.filter((member) => member.types.includes(type));
/** The number written before `words` in a text ("4 chambres", "12 emplacements"). */
const countBefore = (text: string, words: RegExp) => {
	const match = new RegExp(`(\\d+) ${words.source}`).exec(text);
	return match ? Number(match[1]) : undefined;
};
const months = (member: Member) =>
	member.seasons.map((season) => {
		const from = new Date(season['schema:validFrom']);
		const through = new Date(season['schema:validThrough']);
		return (
			(through.getFullYear() - from.getFullYear()) * 12 + through.getMonth() - from.getMonth() + 1
		);
	});

describe('the sample accommodation, within the law', () => {
	it('has chambres d’hôtes of at most 5 rooms and 15 guests, as many guests as the text says', () => {
		const guesthouses = ofType('Guesthouse');
		expect(guesthouses.length).toBeGreaterThan(5);
		for (const member of guesthouses) {
			const rooms = countBefore(member.summary.fr, /chambres d'hôtes/);
			expect(rooms, `${member.name}: the rooms in the summary`).toBeTypeOf('number');
			expect(rooms!).toBeLessThanOrEqual(CAPACITY_LIMITS.guesthouse.rooms);
			expect(member.persons!).toBeLessThanOrEqual(CAPACITY_LIMITS.guesthouse.persons);
			expect(member.persons!).toBeLessThanOrEqual(rooms! * 3);
			expect(countBefore(member.summary.fr, /personnes/)).toBe(member.persons);
			expect(countBefore(member.summary.en, /guest rooms sleeping/)).toBe(rooms);
		}
	});

	it('has campsites on farms of at most 6 pitches and 20 people, aires naturelles of at most 30 open six months', () => {
		const campsites = ofType('Camping');
		const farms = campsites.filter((member) => member.name.startsWith('Camping à la ferme'));
		const natural = campsites.filter((member) => member.name.startsWith('Aire naturelle'));
		expect(farms.length + natural.length).toBeGreaterThan(2);
		for (const member of campsites) {
			const pitches = countBefore(member.summary.fr, /emplacements/);
			expect(pitches, `${member.name}: the pitches in the summary`).toBeTypeOf('number');
			expect(countBefore(member.summary.en, /pitches/)).toBe(pitches);
			if (farms.includes(member)) {
				expect(pitches!).toBeLessThanOrEqual(CAPACITY_LIMITS.farmCamping.pitches);
				expect(member.persons!).toBeLessThanOrEqual(CAPACITY_LIMITS.farmCamping.persons);
			}
			if (natural.includes(member)) {
				expect(pitches!).toBeLessThanOrEqual(CAPACITY_LIMITS.naturalArea.pitches);
				for (const length of months(member))
					expect(length).toBeLessThanOrEqual(CAPACITY_LIMITS.naturalArea.months);
				expect(member.description.fr).not.toMatch(/chalets en bois/i);
			}
		}
	});

	it('has gîtes d’étape and rentals for at most 15 guests, the number the text gives', () => {
		const gites = [...ofType('StopOverOrGroupLodge'), ...ofType('RentalAccommodation')];
		expect(gites.length).toBeGreaterThan(10);
		for (const member of gites) {
			expect(member.persons!).toBeLessThanOrEqual(CAPACITY_LIMITS.gite.persons);
			const stated =
				countBefore(member.summary.fr, /places/) ?? countBefore(member.summary.fr, /personnes/);
			expect({ name: member.name, stated }).toEqual({ name: member.name, stated: member.persons });
		}
	});

	it('says "a few pitches" only of a campsite that has a few', () => {
		for (const member of members)
			if (
				/quelques emplacements|a few pitches/i.test(member.description.fr + member.description.en)
			)
				expect({ name: member.name, persons: member.persons! <= 20 }).toEqual({
					name: member.name,
					persons: true,
				});
	});
});

describe('the sample descriptions', () => {
	it('differ from one member to the next, in both languages', () => {
		for (const language of ['fr', 'en'] as const) {
			const texts = members.map((member) => member.description[language]);
			expect(new Set(texts).size).toBe(texts.length);
		}
	});

	it('speak of the member’s own village', () => {
		for (const member of members)
			expect({
				name: member.name,
				mentions: member.description.en.includes(member.village),
			}).toEqual({
				name: member.name,
				mentions: true,
			});
	});

	it('open in several ways within each kind, not with one sentence per kind', () => {
		const kinds = new Map<string, Member[]>();
		for (const member of members) {
			const kind = member.types.join(' ');
			kinds.set(kind, [...(kinds.get(kind) ?? []), member]);
		}
		for (const [kind, ofKind] of kinds) {
			if (ofKind.length < 4) continue;
			const openings = new Set(ofKind.map((member) => member.description.fr.split('. ')[0]));
			expect({ kind, openings: openings.size >= 3 }).toEqual({ kind, openings: true });
		}
	});
});

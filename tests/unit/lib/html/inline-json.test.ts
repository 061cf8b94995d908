/**
 * JSON written into a page's `<script>` elements: text typed by members in the departmental
 * database (every text field of a DATAtourisme object) can never end the element and run as
 * script, and the JSON still reads back as the same data.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import SeoComponent from '../../../../src/components/layout/Seo.astro';
import { inlineJson } from '../../../../src/lib/html/inline-json';
import type { Node } from '../../../../src/lib/datatourisme/jsonld';
import { mapEvent } from '../../../../src/lib/datatourisme/map-event';
import { mapProvider } from '../../../../src/lib/datatourisme/map-provider';
import { eventJsonLd } from '../../../../src/lib/seo/event-structured-data';
import { providerJsonLd } from '../../../../src/lib/seo/provider-structured-data';
import { realObject, WITHOUT_TERRITORY_RULE } from '../datatourisme/fixtures';

/** The component, typed for the container (the linter's TypeScript does not read .astro files). */
const Seo = SeoComponent as unknown as Parameters<AstroContainer['renderToString']>[0];

const PAYLOADS = [
	'</script><script>alert(1)</script>',
	'</SCRIPT ><img src=x onerror=alert(2)>',
	'<!--<script>',
	'a & b > c < d',
	'line\u2028separator\u2029paragraph',
];
const HOSTILE = PAYLOADS.join(' ');
/**
 * The same, as a member's text reaches the feed: the loader reduces HTML to text and decodes
 * entities, so an encoded `&lt;/script&gt;` becomes the characters `</script>` in the page's data.
 */
const ENCODED = PAYLOADS.map((payload) =>
	payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
).join(' ');

/** Keys whose strings are text typed by a member (names, descriptions, addresses, labels). */
const TEXT_KEYS = new Set([
	'schema:legalName',
	'schema:streetAddress',
	'schema:addressLocality',
	'schema:name',
]);

/** A copy of `object` with the hostile text added to every text field, in every language. */
function withHostileText(value: unknown, key = ''): unknown {
	if (typeof value === 'string') {
		const inLanguageMap = /^[a-z]{2}$/.test(key) || key === '@value';
		return inLanguageMap || TEXT_KEYS.has(key) ? `${value} ${ENCODED}` : value;
	}
	if (Array.isArray(value)) return value.map((item) => withHostileText(item, key));
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([name, item]) => [name, withHostileText(item, name)]),
		);
	return value;
}

/** The `<script>` elements of `html`, each with its text. */
function scriptsIn(html: string) {
	return parse(html).querySelectorAll('script');
}

/** Checks that `data`, written as a page writes it, stays one inert JSON block equal to `data`. */
function expectInert(data: object) {
	const html = `<script type="application/ld+json">${inlineJson(data)}</script>`;
	const scripts = scriptsIn(html);
	expect(scripts).toHaveLength(1);
	const text = scripts[0]!.rawText;
	expect(text).not.toMatch(/<\/script|<!--|<script/i);
	expect(text).not.toMatch(/[\u2028\u2029]/);
	expect(JSON.parse(text)).toEqual(data);
}

describe('inline JSON', () => {
	it('escapes what could end the script element and reads back as the same value', () => {
		for (const payload of PAYLOADS) {
			const written = inlineJson({ name: payload });
			expect(written).not.toMatch(/[<>&\u2028\u2029]/);
			expect(JSON.parse(written)).toEqual({ name: payload });
		}
	});

	it('keeps a member with hostile text in every text field inert in its JSON-LD', () => {
		const object = withHostileText(realObject('gite')) as Node;
		const mapping = mapProvider(object, WITHOUT_TERRITORY_RULE);
		if (!mapping.ok) throw new Error(JSON.stringify(mapping.problems));
		const member = mapping.data;
		// The hostile text did reach the fields the page's JSON-LD is made of.
		expect(member.name).toContain('</script>');
		expect(member.summary?.fr).toContain('</script>');
		const jsonLd = providerJsonLd({
			url: 'https://www.cevennes-montlozere.com/hebergements/x/',
			name: member.name,
			category: member.category,
			kinds: member.kinds,
			description: member.summary?.fr,
			phone: member.contact.phones[0],
			email: member.contact.email,
			website: member.contact.url,
			address: member.address,
			location: member.location,
			amenities: member.amenities.map((amenity) => amenity.name.fr),
			awards: member.labels.map((label) => label.name?.fr ?? label.code),
			petsAllowed: member.petsAllowed,
			seasons: member.openingPeriods,
			year: 2026,
		});
		expectInert(jsonLd);
	});

	it('keeps an event with hostile text in every text field inert in its JSON-LD', () => {
		const object = withHostileText(realObject('event')) as Node;
		const mapping = mapEvent(object, WITHOUT_TERRITORY_RULE);
		if (!mapping.ok) throw new Error(JSON.stringify(mapping.problems));
		const event = mapping.data;
		expect(event.title.fr).toContain('</script>');
		const blocks = eventJsonLd({
			url: 'https://www.cevennes-montlozere.com/agenda/x/',
			name: event.title.fr,
			description: event.summary.fr,
			slots: [{ first: '2027-07-14', last: '2027-07-14', start: '21:00' }],
			place: {
				name: `${event.place.address ?? ''} ${HOSTILE}`,
				street: event.place.address,
				locality: HOSTILE,
				location: event.place.location,
			},
			organiser: { name: HOSTILE },
			free: event.free ?? false,
			bookingUrl: event.booking?.url,
			image: 'https://www.cevennes-montlozere.com/og-image.png',
			language: 'fr-FR',
		});
		expect(blocks).toHaveLength(1);
		for (const block of blocks) expectInert(block);
	});

	it('is how the page head writes its structured data', async () => {
		const container = await AstroContainer.create();
		const data = { '@context': 'https://schema.org', '@type': 'Thing', name: HOSTILE };
		const html = await container.renderToString(Seo, {
			props: {
				locale: 'fr',
				title: 'Titre',
				description: 'Description',
				page: { route: 'home' },
				jsonLd: [data],
			},
		});
		const scripts = scriptsIn(html);
		expect(scripts).toHaveLength(1);
		expect(JSON.parse(scripts[0]!.rawText)).toEqual(data);
	});
});

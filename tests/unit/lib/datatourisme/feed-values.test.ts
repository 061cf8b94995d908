/**
 * The feed as the platform delivers it: JSON-LD values in their expanded forms, HTML and
 * entities in texts, very long descriptions, no short description.
 */
import { describe, expect, it } from 'vitest';
import {
	booleanOf,
	feedText,
	numberOf,
	stringsOf,
	textIn,
	type Node,
} from '../../../../src/lib/datatourisme/jsonld';
import {
	describe as describeObject,
	mapProvider,
} from '../../../../src/lib/datatourisme/map-provider';
import {
	cutText,
	decodeEntities,
	MAX_DESCRIPTION_LENGTH,
	plainText,
	summaryOf,
} from '../../../../src/lib/datatourisme/text';
import { giteInVialas, placeOf, SITE_RULES } from './fixtures';

describe('JSON-LD values in compacted and expanded forms', () => {
	it('reads text from a language map, value objects, arrays of them, and a bare string', () => {
		expect(feedText({ fr: ['Le Mas'], en: ['The Farmhouse'] })).toEqual({
			fr: 'Le Mas',
			en: 'The Farmhouse',
		});
		expect(feedText({ fr: 'Le Mas' })).toEqual({ fr: 'Le Mas' });
		expect(feedText({ '@value': 'Le Mas', '@language': 'fr' })).toEqual({ fr: 'Le Mas' });
		expect(
			feedText([
				{ '@value': 'Le Mas', '@language': 'fr' },
				{ '@value': 'The Farmhouse', '@language': 'en-GB' },
			]),
		).toEqual({ fr: 'Le Mas', en: 'The Farmhouse' });
		expect(feedText({ fr: [{ '@value': 'Le Mas' }], en: { '@value': 'The Farmhouse' } })).toEqual({
			fr: 'Le Mas',
			en: 'The Farmhouse',
		});
		expect(feedText('Le Mas')).toEqual({ fr: 'Le Mas' });
		expect(feedText([{ '@value': 'Das Haus', '@language': 'de' }])).toBeUndefined();
		expect(textIn({ 'fr-FR': ['Le Mas'] }, 'fr')).toBe('Le Mas');
	});

	it('reads numbers and booleans written as typed literals', () => {
		expect(numberOf({ '@value': '44.33', '@type': 'xsd:decimal' })).toBe(44.33);
		expect(numberOf([{ '@value': 3.89, '@type': 'xsd:double' }])).toBe(3.89);
		expect(numberOf('44,33')).toBe(44.33);
		expect(numberOf({ '@value': 'nord' })).toBeNaN();
		expect(booleanOf({ '@value': 'true', '@type': 'xsd:boolean' })).toBe(true);
		expect(booleanOf(['false'])).toBe(false);
		expect(booleanOf(false)).toBe(false);
		expect(booleanOf('peut-être')).toBeUndefined();
		expect(stringsOf([{ '@value': '48220' }, ' 48160 '])).toEqual(['48220', '48160']);
	});

	it('loads a member written entirely in the expanded forms (it used to be skipped)', () => {
		const object = giteInVialas();
		object['rdfs:label'] = [{ '@value': 'Gîte des Combes', '@language': 'fr' }];
		placeOf(object)['schema:geo'] = {
			'schema:latitude': { '@value': '44.3401', '@type': 'xsd:decimal' },
			'schema:longitude': [{ '@value': '3.8862', '@type': 'xsd:decimal' }],
		};
		object['allowedPersons'] = { '@value': '6', '@type': 'xsd:int' };
		const mapping = mapProvider(object, SITE_RULES);
		if (!mapping.ok) throw new Error(JSON.stringify(mapping.problems));
		expect(mapping.data.name).toBe('Gîte des Combes');
		expect(mapping.data.location).toEqual({ lat: 44.3401, lon: 3.8862 });
		expect(mapping.data.capacity).toBe(6);
	});
});

describe('HTML and entities in texts', () => {
	it('reduces HTML to text: paragraphs, line breaks, list items; scripts and styles removed', () => {
		expect(
			plainText(
				'<p>Un <strong>gîte</strong> au calme.</p><p>Ligne 1<br/>Ligne 2</p><script>alert(1)</script><style>p{}</style><ul><li>Jardin</li><li>Parking</li></ul>',
			),
		).toBe('Un gîte au calme.\n\nLigne 1\nLigne 2\n\n– Jardin\n\n– Parking');
		expect(plainText('<img src=x onerror=alert(1)>Texte<!-- note -->')).toBe('Texte');
		expect(plainText('Texte <a href="x"')).toBe('Texte');
	});

	it('decodes named, accented and numeric entities, and leaves an unknown one as written', () => {
		expect(
			decodeEntities('Caf&eacute; &amp; Th&eacute; &#039;O&#x27; &laquo;&nbsp;a&nbsp;&raquo;'),
		).toBe("Café & Thé 'O' «\u00a0a\u00a0»");
		expect(decodeEntities('&Agrave; &ccedil;a &oelig;uvre')).toBe('À ça œuvre');
		expect(decodeEntities('&unknown; &#0;')).toBe('&unknown; &#0;');
	});

	it('shows a name and an address with entities as text, and a description without tags', () => {
		const object = giteInVialas();
		object['rdfs:label'] = { fr: ['Chambres &amp; Table d&#039;h&ocirc;tes'] };
		const address = (placeOf(object)['schema:address'] as Node[])[0] as Node;
		address['schema:streetAddress'] = ['Route de l&apos;Arbousset'];
		object['hasDescription'] = [
			{ 'dc:description': { fr: ['<p>Une maison <em>cévenole</em>.</p><p>Au calme.</p>'] } },
		];
		const mapping = mapProvider(object, SITE_RULES);
		if (!mapping.ok) throw new Error(JSON.stringify(mapping.problems));
		expect(mapping.data.name).toBe("Chambres & Table d'hôtes");
		expect(mapping.id).toBe('chambres-table-d-hotes-004729f1');
		expect(mapping.data.address.street).toEqual(["Route de l'Arbousset"]);
		expect(mapping.data.description?.fr).toBe('Une maison cévenole.\n\nAu calme.');
	});
});

describe('descriptions and summaries', () => {
	const long = (sentence: string, count: number) => Array(count).fill(sentence).join(' ');

	it('cuts a text at a sentence end, or at a word with an ellipsis', () => {
		expect(cutText('Une phrase. Une autre phrase.', 20)).toBe('Une phrase.');
		expect(cutText('motmotmot motmotmot motmotmot', 15)).toBe('motmotmot…');
		expect(cutText('court', 20)).toBe('court');
	});

	it('takes the first sentences of the first paragraph as the summary, within 300 characters', () => {
		const text = `${long('Une maison de pierre au bord du Luech, avec un jardin.', 10)}\n\nDeuxième paragraphe.`;
		const summary = summaryOf(text);
		expect(summary.length).toBeLessThanOrEqual(300);
		expect(summary).toMatch(/^Une maison de pierre.*jardin\.$/);
		expect(summaryOf('Court.\n\nSuite.')).toBe('Court.');
	});

	it('derives the summary of a member with a description and no short one (it used to be skipped)', () => {
		const object = giteInVialas();
		delete object['rdfs:comment'];
		object['hasDescription'] = [
			{
				'dc:description': {
					fr: [long('Un gîte au calme, à deux pas du village.', 12)],
					en: ['A quiet gîte. Near the village.'],
				},
			},
		];
		const mapping = mapProvider(object, SITE_RULES);
		if (!mapping.ok) throw new Error(JSON.stringify(mapping.problems));
		expect(mapping.data.summary?.fr.length).toBeLessThanOrEqual(300);
		expect(mapping.data.summary?.fr).toMatch(/^Un gîte au calme, à deux pas du village\./);
		expect(mapping.data.summary?.en).toBe('A quiet gîte. Near the village.');
		expect(mapping.warnings).toContainEqual({
			field: 'hasDescription.shortDescription',
			reason: 'no short description: the first sentences of the description stand in',
		});
	});

	it('caps a very long description, with a warning', () => {
		const object = giteInVialas();
		object['hasDescription'] = [
			{ 'dc:description': { fr: [long('Une phrase de la description.', 200_000)] } },
		];
		const warnings: { field: string; reason: string }[] = [];
		const { description } = describeObject(object, warnings);
		expect(description?.fr.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
		expect(description?.fr).toMatch(/description\.$/);
		expect(warnings).toContainEqual({
			field: 'hasDescription.dc:description',
			reason: `longer than ${MAX_DESCRIPTION_LENGTH} characters: cut`,
		});
	});
});

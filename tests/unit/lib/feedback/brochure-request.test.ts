/**
 * The paper-brochure request: its rules through the schema the browser and the server
 * share, the office's notification, and the retention purge that erases the postal address.
 */
import { describe, expect, it } from 'vitest';
import { BROCHURE_CONTENTS } from '../../../../src/lib/brochures/contents';
import { formatFileSize } from '../../../../src/lib/brochures/format';
import { validate } from '../../../../src/lib/server/errors';
import { BROCHURE_FIELDS, FORM_FIELDS } from '../../../../src/lib/feedback/fields';
import { mailFor } from '../../../../src/lib/feedback/mail';
import { REDACTED, scrub } from '../../../../src/lib/feedback/purge';
import { brochureRequestSchema, schemaFor } from '../../../../src/lib/feedback/schemas';
import { REFERENCE, newReference } from '../../../../src/lib/server/token';
import { CHOICES, NOW, VALID, testConfig } from '../../../tools/feedback-fixture';

const check = (changes: Record<string, string | undefined>) => {
	const fields: Record<string, unknown> = { ...VALID.brochureRequest, ...changes };
	for (const [name, value] of Object.entries(changes)) if (value === undefined) delete fields[name];
	return validate(schemaFor('brochureRequest', CHOICES, NOW), fields);
};

const verdict = (changes: Record<string, string | undefined>, field: string) => {
	const result = check(changes);
	return result.ok ? 'ok' : (result.fields[field]?.key ?? `no problem on ${field}`);
};

describe('the paper-brochure request form', () => {
	it('accepts a request with a brochure ticked and a full address', () => {
		expect(check({}).ok).toBe(true);
	});

	it.each([
		[
			{ 'brochure-destination-guide': undefined, 'brochure-village-plans': undefined },
			'brochure-destination-guide',
			'feedback.error.brochures',
		],
		[{ 'brochure-tourist-map': 'maybe' }, 'brochure-tourist-map', 'feedback.error.choice'],
		[{ language: undefined }, 'language', 'feedback.error.required'],
		[{ language: 'xx' }, 'language', 'feedback.error.choice'],
		[{ name: ' ' }, 'name', 'feedback.error.required'],
		[{ street: undefined }, 'street', 'feedback.error.required'],
		[{ city: '' }, 'city', 'feedback.error.required'],
		[{ postalCode: undefined }, 'postalCode', 'feedback.error.required'],
		[{ postalCode: '<script>' }, 'postalCode', 'feedback.error.postalCode'],
		[{ postalCode: '3010' }, 'postalCode', 'feedback.error.postalCodeFr'],
		[{ postalCode: 'SW1A 1AA', country: 'GB' }, 'postalCode', 'ok'],
		[{ country: 'ZZ' }, 'country', 'feedback.error.choice'],
		[{ email: 'not-an-address' }, 'email', 'feedback.error.email'],
		[{ email: undefined }, 'email', 'ok'],
	])('%o: %s → %s', (changes, field, expected) => {
		expect(verdict(changes, field)).toBe(expected);
	});

	it('refuses a field the form does not have', () => {
		const result = check({ 'brochure-atlas': 'yes' });
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.unknownFields).toEqual(['brochure-atlas']);
	});

	it('gives requests their own reference prefix', () => {
		const reference = newReference('brochureRequest', NOW);
		expect(reference).toMatch(/^BRO-2026-/);
		expect(reference).toMatch(REFERENCE);
	});

	it('mails the office at once with the brochures and the address, and acknowledges', () => {
		const mails = mailFor(
			{
				reference: 'BRO-2026-ABC123',
				kind: 'brochureRequest',
				locale: 'en',
				receivedAt: NOW,
				idempotencyKey: 'key',
				contactName: 'Claire Fabre',
				contactEmail: 'claire.fabre@example.org',
				data: {
					'brochure-destination-guide': 'yes',
					language: 'fr',
					street: '12 rue des Châtaigniers',
					postalCode: '30100',
					city: 'Alès',
					country: 'FR',
				},
			},
			testConfig(),
			'https://www.cevennes-montlozere.com',
		);
		expect(mails.map((mail) => mail.kind)).toEqual(['office', 'acknowledgement']);
		const office = mails[0]?.text ?? '';
		expect(mails[0]?.subject).toContain('BRO-2026-ABC123');
		expect(office).toContain('Le guide de destination : Oui');
		expect(office).toContain('12 rue des Châtaigniers');
		expect(office).toContain('30100');
		expect(office).toContain('Claire Fabre');
		expect(office).not.toContain('tourist-map');
		expect(mails[1]?.to).toBe('claire.fabre@example.org');
		expect(mails[1]?.text).toContain('your brochure request');
	});

	it('erases the postal address with the retention purge', () => {
		const kept = scrub({
			'brochure-gastronomy': 'yes',
			street: '1 place de la Mairie',
			postalCode: '48220',
			city: 'Vialas',
			addressLine2: 'Bât. B',
			country: 'FR',
		});
		expect(kept).toEqual({
			'brochure-gastronomy': 'yes',
			street: REDACTED,
			postalCode: REDACTED,
			city: REDACTED,
			addressLine2: REDACTED,
			country: 'FR',
		});
	});
});

describe('the request form’s fields', () => {
	it('has one box per kind of brochure, and the schema checks exactly the fields the form sends', () => {
		expect(BROCHURE_FIELDS).toEqual(BROCHURE_CONTENTS.map((content) => `brochure-${content}`));
		expect(Object.keys(brochureRequestSchema().shape).sort()).toEqual(
			[...FORM_FIELDS.brochureRequest].sort(),
		);
	});
});

describe('formatFileSize', () => {
	it('writes sizes as visitors read them, in each language', () => {
		expect(formatFileSize(45_667, 'fr')).toBe('46\u202fko');
		expect(formatFileSize(45_667, 'en')).toBe('46 kB');
		expect(formatFileSize(9_958, 'en')).toBe('10 kB');
		expect(formatFileSize(1_250_000, 'en')).toBe('1.3 MB');
	});
});

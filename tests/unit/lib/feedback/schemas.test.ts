/**
 * Every field rule of the three forms, through the schemas the browser and the server share:
 * what is accepted, and the message key a visitor gets for what is not.
 */
import { describe, expect, it } from 'vitest';
import type { FeedbackKind } from '../../../../src/lib/feedback/choices';
import { validate } from '../../../../src/lib/server/errors';
import { LIMITS, schemaFor } from '../../../../src/lib/feedback/schemas';
import { CHOICES, NOW, VALID } from '../../../tools/feedback-fixture';

const check = (kind: FeedbackKind, changes: Record<string, unknown>) => {
	const fields: Record<string, unknown> = { ...VALID[kind], ...changes };
	for (const [name, value] of Object.entries(changes)) if (value === undefined) delete fields[name];
	return validate(schemaFor(kind, CHOICES, NOW), fields);
};

/** The message key of `field`, or "ok" when the form is valid. */
const verdict = (kind: FeedbackKind, changes: Record<string, unknown>, field: string) => {
	const result = check(kind, changes);
	return result.ok ? 'ok' : (result.fields[field]?.key ?? `no problem on ${field}`);
};

type Rule = [field: string, value: unknown, expected: string];

const SUGGESTION: Rule[] = [
	['topic', undefined, 'feedback.error.required'],
	['topic', '', 'feedback.error.required'],
	['topic', 'weather', 'feedback.error.choice'],
	['topic', 'territory', 'ok'],
	['providerId', 'unknown-provider', 'feedback.error.choice'],
	['providerId', 'gite-de-la-baume', 'ok'],
	['page', 'https://evil.example/', 'feedback.error.page'],
	['page', '//evil.example/', 'feedback.error.page'],
	['page', `/${'a'.repeat(LIMITS.page)}`, 'feedback.error.tooLong'],
	['page', '/hebergements/gite-de-la-baume/', 'ok'],
	['page', '', 'ok'],
	['message', undefined, 'feedback.error.required'],
	['message', '   \n ', 'feedback.error.required'],
	['message', 'Trop court', 'ok'],
	['message', 'Court', 'feedback.error.tooShort'],
	['message', 'x'.repeat(LIMITS.message + 1), 'feedback.error.tooLong'],
	['message', `Bonjour\u0000 le monde`, 'feedback.error.characters'],
	['message', 42, 'feedback.error.type'],
	['name', '', 'ok'],
	['name', 'n'.repeat(LIMITS.name + 1), 'feedback.error.tooLong'],
	['email', '', 'ok'],
	['email', 'pas-une-adresse', 'feedback.error.email'],
	['email', 'a@b', 'feedback.error.email'],
	['email', '  camille@example.org ', 'ok'],
];

const COMPLAINT: Rule[] = [
	['subject', undefined, 'feedback.error.required'],
	['subject', 'website', 'feedback.error.choice'],
	['providerId', undefined, 'feedback.error.required'],
	['providerId', 'not-a-provider', 'feedback.error.choice'],
	['factsDate', undefined, 'feedback.error.required'],
	['factsDate', '10/07/2026', 'feedback.error.date'],
	['factsDate', '2026-02-30', 'feedback.error.date'],
	['factsDate', '2026-07-20', 'feedback.error.dateFuture'],
	['factsDate', '2022-07-01', 'feedback.error.dateOld'],
	['factsDate', '2026-07-15', 'ok'],
	['description', 'Trop court.', 'feedback.error.tooShort'],
	['description', 'd'.repeat(LIMITS.message + 1), 'feedback.error.tooLong'],
	['expectation', undefined, 'feedback.error.required'],
	['expectation', 'e'.repeat(LIMITS.expectation + 1), 'feedback.error.tooLong'],
	['name', undefined, 'feedback.error.required'],
	['name', 'J', 'feedback.error.tooShort'],
	['email', 'jean@', 'feedback.error.email'],
	['phone', '06 12', 'feedback.error.phone'],
	['phone', 'appelez-moi', 'feedback.error.phone'],
	['phone', '+33 (0)4 66 45 81 94', 'ok'],
	['consent', undefined, 'feedback.error.consent'],
	['consent', 'no', 'feedback.error.consent'],
];

const QUESTIONNAIRE: Rule[] = [
	['officeId', undefined, 'feedback.error.required'],
	['officeId', 'paris', 'feedback.error.choice'],
	['visitDate', '2027-01-01', 'feedback.error.dateFuture'],
	['visitDate', 'yesterday', 'feedback.error.date'],
	['heardFrom', 'tv-advert', 'feedback.error.choice'],
	['welcome', '6', 'feedback.error.rating'],
	['welcome', '0', 'feedback.error.rating'],
	['welcome', '3.5', 'feedback.error.rating'],
	['welcome', '', 'ok'],
	['shop', '1', 'ok'],
	['overall', undefined, 'feedback.error.required'],
	['overall', '', 'feedback.error.required'],
	['recommend', 'maybe', 'feedback.error.choice'],
	['country', 'XX', 'feedback.error.choice'],
	['country', 'fr', 'feedback.error.choice'],
	['departement', '99', 'feedback.error.choice'],
	['departement', '2A', 'ok'],
	['groupType', 'tribe', 'feedback.error.choice'],
	['groupSize', '0', 'feedback.error.groupSize'],
	['groupSize', '100', 'feedback.error.groupSize'],
	['groupSize', 'deux', 'feedback.error.groupSize'],
	['groupSize', '', 'ok'],
	['comment', 'c'.repeat(LIMITS.comment + 1), 'feedback.error.tooLong'],
];

describe.each([
	['suggestion', SUGGESTION],
	['complaint', COMPLAINT],
	['questionnaire', QUESTIONNAIRE],
] as const)('%s form', (kind, rules) => {
	it('accepts a complete, valid submission', () => {
		expect(check(kind, {}).ok).toBe(true);
	});

	it.each(rules)('%s = %j → %s', (field, value, expected) => {
		expect(verdict(kind, { [field]: value }, field)).toBe(expected);
	});

	it('rejects a field it does not have', () => {
		const result = check(kind, { admin: 'true' });
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.unknownFields).toEqual(['admin']);
	});
});

describe('cross-field rules', () => {
	it('asks a complaint for an e-mail address or a phone number, on both fields', () => {
		const result = check('complaint', { email: undefined, phone: undefined });
		expect(result.ok ? {} : result.fields).toEqual({
			email: { key: 'feedback.error.contact' },
			phone: { key: 'feedback.error.contact' },
		});
		expect(check('complaint', { email: undefined }).ok).toBe(true);
		expect(check('complaint', { phone: undefined }).ok).toBe(true);
	});

	it('asks for the office, the provider or the event the complaint concerns', () => {
		expect(verdict('complaint', { subject: 'office', providerId: undefined }, 'officeId')).toBe(
			'feedback.error.required',
		);
		expect(verdict('complaint', { subject: 'event', providerId: undefined }, 'eventName')).toBe(
			'feedback.error.required',
		);
		expect(check('complaint', { subject: 'other', providerId: undefined }).ok).toBe(true);
	});

	it('keeps only the target the visitor chose', () => {
		const result = check('complaint', { subject: 'office', officeId: 'vialas' });
		expect(result.ok && result.data).toMatchObject({ officeId: 'vialas', providerId: undefined });
	});

	it('asks French residents for their département, and drops it for others', () => {
		expect(verdict('questionnaire', { departement: undefined }, 'departement')).toBe(
			'feedback.error.departement',
		);
		const abroad = check('questionnaire', { country: 'BE', departement: '34' });
		expect(abroad.ok && (abroad.data as Record<string, unknown>)['departement']).toBeUndefined();
	});

	it('turns ratings into numbers and leaves unanswered ones out', () => {
		const result = check('questionnaire', {});
		expect(result.ok && result.data).toMatchObject({ welcome: 5, information: 4, overall: 5 });
		expect(result.ok && 'wifi' in result.data && result.data.wifi).toBeFalsy();
	});

	it('trims text and normalises line breaks', () => {
		const result = check('suggestion', { message: '  Une ligne\r\nune autre ligne  ' });
		expect(result.ok && (result.data as Record<string, unknown>)['message']).toBe(
			'Une ligne\nune autre ligne',
		);
	});
});

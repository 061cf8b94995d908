/**
 * The feedback function end to end on posted forms as its action receives them, against both real
 * stores (SQLite file, PostgreSQL server): what is stored, what is refused (4xx, never 5xx,
 * nothing stored), idempotency, concurrency, the rate limit, and a few hundred generated
 * malformed payloads. Reading the body (size, encoding, content type) is Astro's, tested on the
 * built server (tests/site/server-hardening.test.ts).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FEEDBACK_KINDS, type FeedbackKind } from '../../../../src/lib/feedback/choices';
import type { FeedbackService } from '../../../../src/lib/feedback/handler';
import { MAX_FORM_BYTES } from '../../../../src/lib/http/body';
import { sentBackForm } from '../../../../src/lib/feedback/sent-back';
import type { FeedbackRepository } from '../../../../src/lib/feedback/repository';
import { FORM_FIELDS, LIMITS } from '../../../../src/lib/feedback/schemas';
import { REFERENCE } from '../../../../src/lib/server/token';
import {
	apiBody,
	makeService,
	newKey,
	NOW,
	post,
	storedAnswer,
	token,
	VALID,
} from '../../../tools/feedback-fixture';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';

for (const storeKind of STORE_KINDS) {
	describe.skipIf(storeKind.skip)(`feedback function on ${suiteName(storeKind)}`, () => {
		let store: TestStore;
		let repository: FeedbackRepository;
		let service: FeedbackService;

		beforeAll(() => {
			store = storeKind.create();
		});
		afterAll(async () => {
			await store.cleanup();
		});
		beforeEach(async () => {
			repository = await store.open();
			service = makeService(repository).service;
		});

		const send = (body: Record<string, unknown>, client = '203.0.113.7') =>
			post(service, body, client);

		it.each(FEEDBACK_KINDS)('stores a valid %s and answers with its reference', async (kind) => {
			const body = apiBody(kind);
			const { reference, created } = storedAnswer(await send(body));
			expect(reference).toMatch(REFERENCE);
			expect(created).toBe(true);
			const stored = await repository.findSubmission(reference);
			expect(stored).toMatchObject({
				kind,
				locale: 'fr',
				status: 'new',
				idempotencyKey: body['idempotencyKey'],
			});
			expect((await repository.history(stored?.id ?? 0)).map((entry) => entry.action)).toEqual([
				'received',
			]);
		});

		it('keeps contact details apart from the answers, and dates a complaint', async () => {
			const response = await send(apiBody('complaint'));
			const { reference } = storedAnswer(response);
			const stored = await repository.findSubmission(reference);
			expect(stored).toMatchObject({
				topic: 'provider',
				providerId: 'gite-de-la-baume',
				contactName: 'Jean Dupont',
				contactEmail: 'jean.dupont@example.org',
				contactPhone: '06 12 34 56 78',
				receivedAt: NOW,
				dueAt: new Date(NOW.getTime() + 3 * 24 * 60 * 60 * 1000),
			});
			expect(stored?.data).not.toHaveProperty('email');
			expect(stored?.data).toMatchObject({ factsDate: '2026-07-10', consent: 'yes' });
			expect(stored?.clientHash).toMatch(/^[\w-]{32}$/);
			expect(stored?.clientHash).not.toContain('203.0.113.7');
		});

		it('stores ratings as numbers', async () => {
			const { reference } = storedAnswer(await send(apiBody('questionnaire')));
			expect((await repository.findSubmission(reference))?.data).toMatchObject({
				welcome: 5,
				information: 4,
				overall: 5,
				departement: '34',
			});
		});

		it('stores a double submit once: the same idempotency key answers with the same reference', async () => {
			const body = apiBody('suggestion');
			const first = storedAnswer(await send(body));
			const again = storedAnswer(await send(body));
			expect(first.created).toBe(true);
			expect(again.created).toBe(false);
			expect(again.reference).toBe(first.reference);
			expect(await repository.countSubmissions()).toBe(1);
		});

		it('stores one submission when the same key arrives 20 times at once', async () => {
			const body = apiBody('complaint');
			const answers = (await Promise.all(Array.from({ length: 20 }, () => send(body)))).map(
				storedAnswer,
			);
			const references = new Set(answers.map((answer) => answer.reference));
			expect(answers.filter((answer) => answer.created)).toHaveLength(1);
			expect(references.size).toBe(1);
			expect(await repository.countSubmissions()).toBe(1);
		});

		it('stores 200 concurrent submissions, each exactly once', async () => {
			const bodies = Array.from({ length: 200 }, (_, index) =>
				apiBody(FEEDBACK_KINDS[index % 3] ?? 'suggestion'),
			);
			const answers = (
				await Promise.all(bodies.map((body, index) => send(body, `198.51.100.${index % 50}`)))
			).map(storedAnswer);
			expect(answers.map((answer) => answer.created)).toEqual(bodies.map(() => true));
			const references = answers.map((answer) => answer.reference);
			expect(new Set(references).size).toBe(200);
			expect(await repository.countSubmissions()).toBe(200);
			const stored = await repository.listSubmissions({ limit: 500 });
			expect(new Set(stored.map((submission) => submission.idempotencyKey))).toEqual(
				new Set(bodies.map((body) => body['idempotencyKey'])),
			);
			// A load test: 200 transactions take seconds on a busy two-core machine.
		}, 60_000);

		it('limits submissions per client across the window, in the database', async () => {
			({ service } = makeService(repository, { env: { FEEDBACK_RATE_LIMIT: 3 } }));
			const statuses = [];
			for (let index = 0; index < 5; index++)
				statuses.push((await send(apiBody('suggestion'))).status);
			expect(statuses).toEqual([200, 200, 200, 429, 429]);
			const refused = await send(apiBody('suggestion'));
			expect(refused).toMatchObject({ reason: 'rate-limit', retryAfter: '600' });
			expect((await send(apiBody('suggestion'), '192.0.2.99')).status).toBe(200);
			// Another instance on the same database sees the same count.
			const other = makeService(repository, { env: { FEEDBACK_RATE_LIMIT: 3 } }).service;
			expect((await post(other, apiBody('suggestion'), '203.0.113.7')).status).toBe(429);
			expect(await repository.countSubmissions()).toBe(4);
		});

		describe('refuses with a 4xx and a message, and stores nothing', () => {
			const cases: [string, () => Record<string, unknown>, number, string][] = [
				[
					'an unknown kind',
					() => apiBody('suggestion', VALID.suggestion, { kind: 'praise' }),
					400,
					'unknown-kind',
				],
				[
					'an unknown language',
					() => apiBody('suggestion', VALID.suggestion, { locale: 'de' }),
					400,
					'unknown-kind',
				],
				[
					'an unknown field',
					() => apiBody('suggestion', { ...VALID.suggestion, isAdmin: 'yes' }),
					400,
					'unknown-fields',
				],
				[
					'a field of another form',
					() => apiBody('suggestion', { ...VALID.suggestion, overall: '5' }),
					400,
					'unknown-fields',
				],
				[
					'no idempotency key',
					() => apiBody('suggestion', VALID.suggestion, { idempotencyKey: undefined }),
					400,
					'idempotency-key',
				],
				[
					'a malformed idempotency key',
					() => apiBody('suggestion', VALID.suggestion, { idempotencyKey: 'short' }),
					400,
					'idempotency-key',
				],
				[
					'a filled honeypot',
					() => apiBody('suggestion', VALID.suggestion, { website: 'http://spam.example' }),
					422,
					'honeypot',
				],
				[
					'a form sent too fast',
					() =>
						apiBody('suggestion', VALID.suggestion, {
							token: token(new Date(NOW.getTime() - 1000)),
						}),
					422,
					'too-fast',
				],
				[
					'a forged token',
					() =>
						apiBody('suggestion', VALID.suggestion, {
							token: `${NOW.getTime().toString(36)}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
						}),
					400,
					'token-invalid',
				],
				[
					'an expired token',
					() =>
						apiBody('suggestion', VALID.suggestion, {
							token: token(new Date(NOW.getTime() - 40 * 24 * 3600 * 1000)),
						}),
					400,
					'token-expired',
				],
				[
					'no token',
					() => apiBody('suggestion', VALID.suggestion, { token: undefined }),
					400,
					'token-invalid',
				],
				[
					'an invalid field',
					() => apiBody('suggestion', { ...VALID.suggestion, email: 'nope' }),
					422,
					'invalid-fields',
				],
				[
					'a message as long as the largest form post',
					() => apiBody('suggestion', { ...VALID.suggestion, message: 'x'.repeat(MAX_FORM_BYTES) }),
					422,
					'invalid-fields',
				],
			];

			it.each(cases)('%s', async (_, body, status, code) => {
				const response = await post(service, body(), '203.0.113.7');
				expect(response).toMatchObject({ status, reason: code });
				expect('message' in response && response.message).toMatch(/\S/);
				expect(await repository.countSubmissions()).toBe(0);
			});

			it("answers in the form's language, field by field", async () => {
				const response = await send(
					apiBody('complaint', { ...VALID.complaint, email: 'x', phone: '' }, { locale: 'en' }),
				);
				expect(response).toHaveProperty('fields', {
					email: 'Enter a valid e-mail address, for example name@example.com.',
				});
			});
		});

		it('refuses a few hundred generated malformed payloads with a 4xx and stores none', async () => {
			const kinds = fc.constantFrom<FeedbackKind>(...FEEDBACK_KINDS);
			const junk = fc.oneof(
				fc.integer(),
				fc.boolean(),
				fc.constant(null),
				fc.array(fc.string(), { maxLength: 3 }),
				fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
			);
			const tooLong = (kind: FeedbackKind) =>
				fc.constantFrom(
					...FORM_FIELDS[kind].filter((field) =>
						['message', 'description', 'comment', 'name', 'expectation'].includes(field),
					),
				);
			const payload = fc.oneof(
				// A valid submission with one field removed, retyped, overlong, or one field too many.
				kinds.chain((kind) =>
					fc
						.constantFrom(
							...Object.keys(VALID[kind]).filter(
								(field) =>
									![
										'page',
										'name',
										'email',
										'phone',
										'wifi',
										'information',
										'welcome',
										'groupSize',
										'comment',
										'departement',
									].includes(field) ||
									(kind === 'complaint' && field === 'name'),
							),
						)
						.map((field) => ({
							kind,
							body: apiBody(kind, { ...VALID[kind], [field]: undefined }),
						})),
				),
				kinds.chain((kind) =>
					fc.tuple(fc.constantFrom(...Object.keys(VALID[kind])), junk).map(([field, value]) => ({
						kind,
						body: apiBody(kind, { ...VALID[kind], [field]: value }),
					})),
				),
				kinds.chain((kind) =>
					fc
						.tuple(tooLong(kind), fc.constantFrom(LIMITS.message + 1, MAX_FORM_BYTES / 2))
						.map(([field, length]) => ({
							kind,
							body: apiBody(kind, { ...VALID[kind], [field]: 'é'.repeat(length) }),
						})),
				),
				kinds.chain((kind) =>
					fc
						.string({ minLength: 1, maxLength: 20 })
						.filter(
							(name) =>
								!FORM_FIELDS[kind].includes(name) &&
								!['kind', 'locale', 'token', 'idempotencyKey', 'website'].includes(name) &&
								name !== '__proto__',
						)
						.map((name) => ({ kind, body: { ...apiBody(kind), [name]: 'x' } })),
				),
				// Choices outside their lists, control characters, envelopes gone wrong.
				kinds.chain((kind) =>
					fc
						.string({ maxLength: 30 })
						.filter((value) => !['office', 'provider', 'event', 'other'].includes(value.trim()))
						.map((value) => ({
							kind,
							body: apiBody(kind, {
								...VALID[kind],
								[kind === 'complaint' ? 'subject' : kind === 'suggestion' ? 'topic' : 'heardFrom']:
									value || 'x',
							}),
						})),
				),
				kinds.map((kind) => ({
					kind,
					body: apiBody(kind, {
						...VALID[kind],
						[kind === 'questionnaire'
							? 'comment'
							: kind === 'complaint'
								? 'description'
								: 'message']: 'Bonjour \u0007 cloche et encore du texte',
					}),
				})),
				kinds.chain((kind) =>
					fc
						.string({ maxLength: 80 })
						.map((value) => ({ kind, body: apiBody(kind, VALID[kind], { token: value }) })),
				),
				kinds.chain((kind) =>
					junk.map((value) => ({
						kind,
						body: apiBody(kind, VALID[kind], { idempotencyKey: value }),
					})),
				),
				kinds.chain((kind) =>
					fc
						.string({ minLength: 1 })
						.map((value) => ({ kind, body: apiBody(kind, VALID[kind], { website: value }) })),
				),
			);
			const statuses = new Map<number, number>();
			await fc.assert(
				fc.asyncProperty(payload, async (generated) => {
					const response = await post(service, generated.body, '203.0.113.7');
					statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
					expect(response.status, JSON.stringify(generated).slice(0, 300)).toBeGreaterThanOrEqual(
						400,
					);
					expect(response.status).toBeLessThan(500);
					expect('message' in response && response.message).toMatch(/\S/);
				}),
				{ numRuns: 300, seed: 20261126 },
			);
			expect(await repository.countSubmissions()).toBe(0);
			// The generator reaches several kinds of refusal, not one.
			expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([400, 422]));
		});

		describe('plain form posts (no JavaScript): the form sent back', () => {
			/** A form posted with `fields`, refused by the service, as its page shows it again. */
			async function sentBack(kind: FeedbackKind, fields: Record<string, string>) {
				const { outcome } = await service.submitForm({ kind, locale: 'en', ...fields }, 'x');
				if (outcome.ok) throw new Error('the post should have been refused');
				const read = { ok: true as const, value: new URLSearchParams(fields) };
				return { outcome, form: sentBackForm(read, kind, outcome, service.newForm()) };
			}

			it('keeps its problems, everything typed, its token and its key', async () => {
				const key = newKey();
				const sent = {
					...VALID.complaint,
					phone: '',
					email: 'jean@',
					description: 'Trop court',
					token: token(),
					idempotencyKey: key,
				};
				const { outcome, form } = await sentBack('complaint', sent);
				expect(outcome.status).toBe(422);
				expect(Object.keys(form.fields).sort()).toEqual(['description', 'email']);
				expect(form.values).toMatchObject({
					email: 'jean@',
					description: 'Trop court',
					name: 'Jean Dupont',
				});
				expect(form.idempotencyKey).toBe(key);
				expect(form.token).toBe(sent.token);
				expect(await repository.countSubmissions()).toBe(0);
			});

			it('gives a fresh token when the one sent was not ours', async () => {
				const { outcome, form } = await sentBack('suggestion', {
					...VALID.suggestion,
					token: 'forged.token',
					idempotencyKey: newKey(),
				});
				expect(outcome.code).toBe('token-invalid');
				expect(form.token).not.toBe('forged.token');
				expect(form.values['message']).toBe(VALID.suggestion['message']);
			});
		});
	});
}

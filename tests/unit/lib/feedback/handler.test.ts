/**
 * The feedback function end to end on Web-standard requests, against both real stores (SQLite
 * file, PostgreSQL server): what is stored, what is refused (4xx, never 5xx, nothing stored),
 * idempotency, concurrency, the rate limit, and a few hundred generated malformed payloads.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FEEDBACK_KINDS, type FeedbackKind } from '../../../../src/lib/feedback/choices';
import type { FeedbackService } from '../../../../src/lib/feedback/handler';
import { MAX_BODY_BYTES } from '../../../../src/lib/server/request';
import type { FeedbackRepository } from '../../../../src/lib/feedback/repository';
import { FORM_FIELDS, LIMITS } from '../../../../src/lib/feedback/schemas';
import { REFERENCE } from '../../../../src/lib/server/token';
import {
	apiBody,
	formRequest,
	jsonRequest,
	makeService,
	newKey,
	NOW,
	token,
	VALID,
} from '../../../tools/feedback-fixture';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';

interface ErrorBody {
	error: { code: string; message: string; fields: Record<string, string> };
}

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

		const send = (body: unknown, client = '203.0.113.7') =>
			service.handleApi(jsonRequest(body), client);

		it.each(FEEDBACK_KINDS)(
			'stores a valid %s and answers 201 with its reference',
			async (kind) => {
				const body = apiBody(kind);
				const response = await send(body);
				expect(response.status).toBe(201);
				const { reference, created } = (await response.json()) as {
					reference: string;
					created: boolean;
				};
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
			},
		);

		it('keeps contact details apart from the answers, and dates a complaint', async () => {
			const response = await send(apiBody('complaint'));
			const { reference } = (await response.json()) as { reference: string };
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
			const { reference } = (await (await send(apiBody('questionnaire'))).json()) as {
				reference: string;
			};
			expect((await repository.findSubmission(reference))?.data).toMatchObject({
				welcome: 5,
				information: 4,
				overall: 5,
				departement: '34',
			});
		});

		it('stores a double submit once: the same idempotency key answers with the same reference', async () => {
			const body = apiBody('suggestion');
			const first = await send(body);
			const again = await send(body);
			expect(first.status).toBe(201);
			expect(again.status).toBe(200);
			const [a, b] = (await Promise.all([first.json(), again.json()])) as { reference: string }[];
			expect(b?.reference).toBe(a?.reference);
			expect(await repository.countSubmissions()).toBe(1);
		});

		it('stores one submission when the same key arrives 20 times at once', async () => {
			const body = apiBody('complaint');
			const responses = await Promise.all(Array.from({ length: 20 }, () => send(body)));
			const references = new Set(
				await Promise.all(
					responses.map(
						async (response) => ((await response.json()) as { reference: string }).reference,
					),
				),
			);
			expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
			expect(references.size).toBe(1);
			expect(await repository.countSubmissions()).toBe(1);
		});

		it('stores 200 concurrent submissions, each exactly once', async () => {
			const bodies = Array.from({ length: 200 }, (_, index) =>
				apiBody(FEEDBACK_KINDS[index % 3] ?? 'suggestion'),
			);
			const responses = await Promise.all(
				bodies.map((body, index) => send(body, `198.51.100.${index % 50}`)),
			);
			expect(responses.map((response) => response.status)).toEqual(bodies.map(() => 201));
			const references = await Promise.all(
				responses.map(
					async (response) => ((await response.json()) as { reference: string }).reference,
				),
			);
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
			expect(statuses).toEqual([201, 201, 201, 429, 429]);
			const refused = await send(apiBody('suggestion'));
			expect(refused.headers.get('Retry-After')).toBe('600');
			expect((await send(apiBody('suggestion'), '192.0.2.99')).status).toBe(201);
			// Another instance on the same database sees the same count.
			const other = makeService(repository, { env: { FEEDBACK_RATE_LIMIT: 3 } }).service;
			expect(
				(await other.handleApi(jsonRequest(apiBody('suggestion')), '203.0.113.7')).status,
			).toBe(429);
			expect(await repository.countSubmissions()).toBe(4);
		});

		describe('refuses with a 4xx and a message, and stores nothing', () => {
			const cases: [string, () => Request, number, string][] = [
				['a body that is not JSON', () => jsonRequest('{"kind": "suggestion",'), 400, 'bad-json'],
				['a JSON array', () => jsonRequest([1, 2]), 400, 'not-an-object'],
				[
					'another content type',
					() =>
						new Request('http://127.0.0.1/api/feedback/', {
							method: 'POST',
							headers: { 'Content-Type': 'text/plain' },
							body: 'hello',
						}),
					415,
					'content-type',
				],
				[
					'an unknown kind',
					() => jsonRequest(apiBody('suggestion', VALID.suggestion, { kind: 'praise' })),
					400,
					'unknown-kind',
				],
				[
					'an unknown language',
					() => jsonRequest(apiBody('suggestion', VALID.suggestion, { locale: 'de' })),
					400,
					'unknown-kind',
				],
				[
					'an unknown field',
					() => jsonRequest(apiBody('suggestion', { ...VALID.suggestion, isAdmin: 'yes' })),
					400,
					'unknown-fields',
				],
				[
					'a field of another form',
					() => jsonRequest(apiBody('suggestion', { ...VALID.suggestion, overall: '5' })),
					400,
					'unknown-fields',
				],
				[
					'no idempotency key',
					() => jsonRequest(apiBody('suggestion', VALID.suggestion, { idempotencyKey: undefined })),
					400,
					'idempotency-key',
				],
				[
					'a malformed idempotency key',
					() => jsonRequest(apiBody('suggestion', VALID.suggestion, { idempotencyKey: 'short' })),
					400,
					'idempotency-key',
				],
				[
					'a filled honeypot',
					() =>
						jsonRequest(
							apiBody('suggestion', VALID.suggestion, { website: 'http://spam.example' }),
						),
					422,
					'honeypot',
				],
				[
					'a form sent too fast',
					() =>
						jsonRequest(
							apiBody('suggestion', VALID.suggestion, {
								token: token(new Date(NOW.getTime() - 1000)),
							}),
						),
					422,
					'too-fast',
				],
				[
					'a forged token',
					() =>
						jsonRequest(
							apiBody('suggestion', VALID.suggestion, {
								token: `${NOW.getTime().toString(36)}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
							}),
						),
					400,
					'token-invalid',
				],
				[
					'an expired token',
					() =>
						jsonRequest(
							apiBody('suggestion', VALID.suggestion, {
								token: token(new Date(NOW.getTime() - 40 * 24 * 3600 * 1000)),
							}),
						),
					400,
					'token-expired',
				],
				[
					'no token',
					() => jsonRequest(apiBody('suggestion', VALID.suggestion, { token: undefined })),
					400,
					'token-invalid',
				],
				[
					'an invalid field',
					() => jsonRequest(apiBody('suggestion', { ...VALID.suggestion, email: 'nope' })),
					422,
					'invalid-fields',
				],
				[
					'a body over the size limit',
					() =>
						jsonRequest(
							apiBody('suggestion', { ...VALID.suggestion, message: 'x'.repeat(MAX_BODY_BYTES) }),
						),
					413,
					'too-large',
				],
				[
					'a streamed body over the limit with no length announced',
					() =>
						new Request('http://127.0.0.1/api/feedback/', {
							method: 'POST',
							headers: { 'Content-Type': 'application/json' },
							body: new ReadableStream({
								start(controller) {
									for (let index = 0; index < 10; index++)
										controller.enqueue(new TextEncoder().encode(' '.repeat(10_000)));
									controller.close();
								},
							}),
							duplex: 'half',
						} as RequestInit),
					413,
					'too-large',
				],
				[
					'bytes that are not UTF-8',
					() =>
						new Request('http://127.0.0.1/api/feedback/', {
							method: 'POST',
							headers: { 'Content-Type': 'application/json' },
							body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
						}),
					400,
					'not-utf8',
				],
			];

			it.each(cases)('%s', async (_, request, status, code) => {
				const response = await service.handleApi(request(), '203.0.113.7');
				expect(response.status).toBe(status);
				const body = (await response.json()) as ErrorBody;
				expect(body.error.code).toBe(code);
				expect(body.error.message).toMatch(/\S/);
				expect(await repository.countSubmissions()).toBe(0);
			});

			it('a GET', async () => {
				const response = await service.handleApi(
					new Request('http://127.0.0.1/api/feedback/'),
					'x',
				);
				expect(response.status).toBe(405);
			});

			it("answers in the form's language, field by field", async () => {
				const response = await send(
					apiBody('complaint', { ...VALID.complaint, email: 'x', phone: '' }, { locale: 'en' }),
				);
				const body = (await response.json()) as ErrorBody;
				expect(body.error.fields).toEqual({
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
				// Not an object at all.
				fc.string().map((text) => ({ raw: text })),
				fc
					.json()
					.filter((text) => {
						const value: unknown = JSON.parse(text);
						return typeof value !== 'object' || value === null || Array.isArray(value);
					})
					.map((text) => ({ raw: text })),
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
						.tuple(tooLong(kind), fc.constantFrom(LIMITS.message + 1, MAX_BODY_BYTES / 2))
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
					const request =
						'raw' in generated ? jsonRequest(generated.raw) : jsonRequest(generated.body);
					const response = await service.handleApi(request, '203.0.113.7');
					statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
					expect(response.status, JSON.stringify(generated).slice(0, 300)).toBeGreaterThanOrEqual(
						400,
					);
					expect(response.status).toBeLessThan(500);
					expect(((await response.json()) as ErrorBody).error.message).toMatch(/\S/);
				}),
				{ numRuns: 300, seed: 20261126 },
			);
			expect(await repository.countSubmissions()).toBe(0);
			// The generator reaches several kinds of refusal, not one.
			expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([400, 413, 422]));
		});

		describe('plain form posts (no JavaScript)', () => {
			it('redirects to the confirmation with the reference once stored', async () => {
				const outcome = await service.handleForm(
					formRequest('/contact/suggestion/', {
						...VALID.suggestion,
						token: token(),
						idempotencyKey: newKey(),
						website: '',
					}),
					'suggestion',
					'fr',
					'203.0.113.7',
				);
				expect(outcome.ok).toBe(true);
				if (!outcome.ok) return;
				expect(outcome.redirect).toBe(`/contact/suggestion/?reference=${outcome.reference}`);
				expect(await repository.findSubmission(outcome.reference)).toBeDefined();
			});

			it('sends the form back with its problems and everything typed, keeping its key', async () => {
				const key = newKey();
				const sent = {
					...VALID.complaint,
					phone: '',
					email: 'jean@',
					description: 'Trop court',
					token: token(),
					idempotencyKey: key,
				};
				const outcome = await service.handleForm(
					formRequest('/en/contact/complaint/', sent),
					'complaint',
					'en',
					'203.0.113.7',
				);
				expect(outcome.ok).toBe(false);
				if (outcome.ok) return;
				expect(outcome.status).toBe(422);
				expect(Object.keys(outcome.fields).sort()).toEqual(['description', 'email']);
				expect(outcome.values).toMatchObject({
					email: 'jean@',
					description: 'Trop court',
					name: 'Jean Dupont',
				});
				expect(outcome.idempotencyKey).toBe(key);
				expect(outcome.token).toBe(sent.token);
				expect(await repository.countSubmissions()).toBe(0);
			});

			it('gives a fresh token when the one sent was not ours', async () => {
				const outcome = await service.handleForm(
					formRequest('/contact/suggestion/', {
						...VALID.suggestion,
						token: 'forged.token',
						idempotencyKey: newKey(),
					}),
					'suggestion',
					'fr',
					'x',
				);
				expect(outcome.ok).toBe(false);
				if (outcome.ok) return;
				expect(outcome.code).toBe('token-invalid');
				expect(outcome.token).not.toBe('forged.token');
				expect(outcome.values['message']).toBe(VALID.suggestion['message']);
			});

			it('refuses a field sent twice', async () => {
				const request = new Request('http://127.0.0.1/contact/suggestion/', {
					method: 'POST',
					headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
					body: `topic=website&topic=other&message=${'m'.repeat(20)}&token=${token()}&idempotencyKey=${newKey()}`,
				});
				const outcome = await service.handleForm(request, 'suggestion', 'fr', 'x');
				expect(outcome.ok || outcome.code).toBe('duplicate-field');
			});
		});
	});
}

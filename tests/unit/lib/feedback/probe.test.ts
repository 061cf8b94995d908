/**
 * What a security probe of the forms found, each kept fixed: a store that fails answers 503 with a
 * message (never an empty 500) and the no-JS form comes back filled in, with its token and key; a reused idempotency key
 * with other content is refused (409) rather than answered with the first message's reference; a
 * lone surrogate is refused; an 8 MB body is refused after its first kilobytes on every reader;
 * invalid UTF-8 is "malformed", not "too long"; a newsletter confirmation link confirms only from
 * its button (mail scanners open links).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackRepository } from '../../../../src/lib/feedback/repository';
import type { SqlRepository } from '../../../../src/lib/feedback/sql-repository';
import { readForm, readText } from '../../../../src/lib/http/body';
import { NewsletterService } from '../../../../src/lib/newsletter/service';
import { NewsletterStore } from '../../../../src/lib/newsletter/store';
import { sentBackForm } from '../../../../src/lib/feedback/sent-back';
import {
	apiBody,
	post,
	makeService,
	NOW,
	SECRET,
	testConfig,
	token,
	VALID,
} from '../../../tools/feedback-fixture';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';

/** The same store, whose writes fail as a database that has gone away does. */
function failingStore(repository: FeedbackRepository): FeedbackRepository {
	return new Proxy(repository, {
		get(target, property, receiver) {
			if (property === 'createSubmission' || property === 'hit')
				return () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
			const value: unknown = Reflect.get(target, property, receiver);
			return typeof value === 'function' ? (value.bind(target) as unknown) : value;
		},
	});
}

/** A request whose body streams `size` bytes, without ever saying its length. */
function streamingRequest(size: number, contentType: string): Request {
	let sent = 0;
	const chunk = new Uint8Array(64 * 1024).fill(0x61);
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			if (sent >= size) return controller.close();
			sent += chunk.byteLength;
			controller.enqueue(chunk);
		},
	});
	return new Request('http://127.0.0.1/api/feedback/', {
		method: 'POST',
		headers: { 'Content-Type': contentType },
		body,
		duplex: 'half',
	} as RequestInit);
}

describe('bounded body reading', () => {
	it('refuses an 8 MB body after reading at most its limit, whatever it claims to be', async () => {
		for (const read of [
			(request: Request) => readText(request, 64 * 1024),
			(request: Request) => readForm(request, 64 * 1024),
		]) {
			const request = streamingRequest(8 * 1024 * 1024, 'application/x-www-form-urlencoded');
			expect(await read(request)).toEqual({ ok: false, status: 413, code: 'too-large' });
		}
		const declared = new Request('http://127.0.0.1/', {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': '8388608' },
			body: 'a=1',
		});
		expect(await readForm(declared, 1024)).toMatchObject({ ok: false, status: 413 });
	});

	it('refuses JSON, text and multipart where a form is expected, and invalid UTF-8', async () => {
		for (const type of ['application/json', 'text/plain', 'multipart/form-data; boundary=x'])
			expect(
				await readForm(
					new Request('http://127.0.0.1/', {
						method: 'POST',
						headers: { 'Content-Type': type },
						body: '{}',
					}),
					1024,
				),
			).toEqual({ ok: false, status: 415, code: 'content-type' });
		const latin1 = new Request('http://127.0.0.1/', {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new Uint8Array([0x65, 0x3d, 0xe9]),
		});
		expect(await readForm(latin1, 1024)).toEqual({ ok: false, status: 400, code: 'not-utf8' });
	});
});

for (const storeKind of STORE_KINDS) {
	describe.skipIf(storeKind.skip)(`what the probe found, on ${suiteName(storeKind)}`, () => {
		let store: TestStore;
		let repository: SqlRepository;

		beforeAll(() => {
			store = storeKind.create();
		});
		afterAll(() => store.cleanup());
		beforeEach(async () => {
			repository = await store.open();
		});

		it('answers 503 with Retry-After and a message in the visitor’s language when the store fails', async () => {
			const { service } = makeService(failingStore(repository));
			for (const locale of ['fr', 'en'] as const) {
				const response = await post(
					service,
					apiBody('complaint', VALID.complaint, { locale }),
					'203.0.113.7',
				);
				expect(response).toMatchObject({ status: 503, reason: 'unavailable' });
				expect(Number('retryAfter' in response ? response.retryAfter : 0)).toBeGreaterThan(0);
				expect('message' in response && response.message).toMatch(
					locale === 'fr' ? /momentanément indisponibles/ : /unavailable for a moment/,
				);
			}
			expect(await repository.countSubmissions()).toBe(0);
		});

		it('sends the no-JS form back filled in, with its key, when the store fails', async () => {
			const { service } = makeService(failingStore(repository));
			const fields = {
				...VALID.suggestion,
				token: token(),
				idempotencyKey: 'k'.repeat(24),
				website: '',
			};
			const { outcome } = await service.submitForm(
				{ kind: 'suggestion', locale: 'fr', ...fields },
				'x',
			);
			if (outcome.ok) throw new Error('a failing store should refuse the submission');
			const form = sentBackForm(
				{ ok: true, value: new URLSearchParams(fields) },
				'suggestion',
				outcome,
				undefined,
			);
			expect(outcome.status).toBe(503);
			expect(form).toMatchObject({
				problem: { key: 'feedback.error.unavailable' },
				values: VALID.suggestion,
				token: fields.token,
				idempotencyKey: 'k'.repeat(24),
			});
		});

		it('refuses (409) a key already used for other content, and stores nothing new', async () => {
			const { service } = makeService(repository);
			const first = apiBody('suggestion');
			expect(await post(service, first, '203.0.113.7')).toMatchObject({ created: true });
			const edited = { ...first, message: `${String(first['message'])} (corrigé)` };
			const otherForm = apiBody('complaint', VALID.complaint, {
				idempotencyKey: first['idempotencyKey'],
			});
			for (const body of [edited, otherForm]) {
				const response = await post(service, body, '203.0.113.7');
				expect(response).toMatchObject({ status: 409, reason: 'idempotency-conflict' });
			}
			// The very same message sent again is still the same message.
			expect(await post(service, first, '203.0.113.7')).toMatchObject({ created: false });
			expect(await repository.countSubmissions()).toBe(1);
		});

		it('refuses a lone surrogate in a text field', async () => {
			const { service } = makeService(repository);
			const body = apiBody('suggestion', {
				topic: 'website',
				message: 'Une suggestion \ud800 assez longue pour passer',
			});
			const response = await post(service, body, '203.0.113.7');
			expect(response.status).toBe(422);
			expect(await repository.countSubmissions()).toBe(0);
		});

		describe('newsletter', () => {
			const newsletter = (repo: FeedbackRepository) =>
				new NewsletterService({
					store: new NewsletterStore(repository.driver),
					rateLimits: repo,
					config: testConfig(),
					secret: SECRET,
					sectors: ['mont-lozere'],
					siteUrl: 'https://www.cevennes-montlozere.com',
					now: () => NOW,
					background: () => undefined,
				});
			const signUp = {
				locale: 'fr',
				token: token(),
				website: '',
				email: 'camille.martin@example.org',
				language: 'fr',
				sectors: ['mont-lozere'],
				consent: 'yes',
			};

			it('answers 503, with when to send again, when the store fails', async () => {
				const service = newsletter(failingStore(repository));
				const { locale: _, ...input } = signUp;
				const refused = await service.signUp(input, '203.0.113.7');
				if (refused.ok) throw new Error('a failing store should refuse the sign-up');
				expect(service.describe(refused, 'fr')).toMatchObject({
					status: 503,
					retryAfter: expect.any(String) as unknown,
				});
			});

			it('confirms from the button only: opening the link confirms nothing', async () => {
				const service = newsletter(repository);
				const { locale: _, ...input } = signUp;
				expect(await service.signUp(input, '203.0.113.7')).toEqual({ ok: true });
				const mail = (await repository.listMail()).find((item) => item.kind === 'newsletter');
				const link = /\?t=([^\s>]+)/.exec(mail?.text ?? '')?.[1];
				if (!link) throw new Error('no confirmation link');
				const store = new NewsletterStore(repository.driver);
				expect(await service.checkConfirm(link)).toBe('ready');
				expect(await service.checkConfirm(link)).toBe('ready');
				expect(await store.findByEmail(signUp.email)).toMatchObject({ status: 'pending' });
				expect(await service.confirm(link)).toBe('confirmed');
				expect(await service.checkConfirm(link)).toBe('already');
			});
		});
	});
}

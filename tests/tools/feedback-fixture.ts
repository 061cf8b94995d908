/**
 * What the feedback tests share: a service on a given store with test settings, valid
 * submissions of each form, and the feedback action's answer to them.
 */
import type { FeedbackChoices, FeedbackKind } from '../../src/lib/feedback/choices.ts';
import {
	resolveConfig,
	type Environment,
	type FeedbackConfig,
} from '../../src/lib/server/config.ts';
import { FeedbackService } from '../../src/lib/feedback/handler.ts';
import type { MailTransport } from '../../src/lib/server/outbox.ts';
import type { FeedbackRepository } from '../../src/lib/feedback/repository.ts';
import { issueFormToken } from '../../src/lib/server/token.ts';

export const SECRET = 'test-secret-that-is-long-enough-for-hmac-0123456789';
export const CHOICES: FeedbackChoices = {
	offices: ['le-pont-de-montvert', 'vialas', 'florac'],
	providers: ['gite-de-la-baume', 'restaurant-de-la-fage'],
	names: {
		offices: new Map([['vialas', 'Bureau de Vialas']]),
		providers: new Map([['gite-de-la-baume', 'Gîte de la Baume']]),
	},
};
export const NOW = new Date('2026-07-15T10:00:00Z');

export function testConfig(env: Environment = {}): FeedbackConfig {
	return resolveConfig({
		FEEDBACK_MIN_FILL_SECONDS: 3,
		FEEDBACK_RATE_LIMIT: 1000,
		OFFICE_NOTIFY_EMAIL: 'accueil@example.org',
		FEEDBACK_OUTBOX_INTERVAL_SECONDS: 0,
		...env,
	});
}

export interface ServiceOptions {
	env?: Environment;
	transport?: MailTransport;
	now?: () => Date;
}

/** A service on `repository` whose clock reads NOW (unless told otherwise). */
export function makeService(repository: FeedbackRepository, options: ServiceOptions = {}) {
	const background: Promise<unknown>[] = [];
	const service = new FeedbackService({
		config: testConfig(options.env),
		repository,
		secret: SECRET,
		choices: CHOICES,
		siteUrl: 'https://www.cevennes-montlozere.com',
		transport: options.transport,
		now: options.now ?? (() => NOW),
		background: (work) => background.push(work.catch(() => undefined)),
	});
	return { service, settled: () => Promise.all(background) };
}

/** A token for a form displayed a minute before NOW. */
export const token = (issuedAt = new Date(NOW.getTime() - 60_000)) =>
	issueFormToken(SECRET, issuedAt);

let keyCount = 0;
export const newKey = () => `test-key-${process.pid}-${(++keyCount).toString().padStart(8, '0')}`;

/** The fields of a valid submission of each form, as a browser sends them. */
export const VALID: Record<FeedbackKind, Record<string, string>> = {
	suggestion: {
		topic: 'website',
		page: '/randonnees/serres-de-gabriac/',
		message: 'Le lien vers la trace GPX ne fonctionne pas sur mon téléphone.',
		name: 'Camille Martin',
		email: 'camille@example.org',
	},
	complaint: {
		subject: 'provider',
		providerId: 'gite-de-la-baume',
		factsDate: '2026-07-10',
		description: 'La chambre réservée était occupée à notre arrivée et personne ne répondait.',
		expectation: 'Un remboursement de la première nuit.',
		name: 'Jean Dupont',
		email: 'jean.dupont@example.org',
		phone: '06 12 34 56 78',
		consent: 'yes',
	},
	questionnaire: {
		officeId: 'vialas',
		visitDate: '2026-07-14',
		heardFrom: 'word-of-mouth',
		welcome: '5',
		information: '4',
		wifi: '',
		overall: '5',
		recommend: 'yes',
		country: 'FR',
		departement: '34',
		groupType: 'family',
		groupSize: '4',
		comment: 'Très bon accueil, merci !',
	},
	brochureRequest: {
		// One box only: without it the request is refused (the generated-payload test relies on it).
		'brochure-village-plans': 'yes',
		language: 'fr',
		name: 'Claire Fabre',
		street: '12 rue des Châtaigniers',
		postalCode: '30100',
		city: 'Alès',
		country: 'FR',
		email: 'claire.fabre@example.org',
	},
};

/** The JSON body the forms' script sends. */
export function apiBody(
	kind: FeedbackKind,
	fields: Record<string, unknown> = VALID[kind],
	envelope: Record<string, unknown> = {},
): Record<string, unknown> {
	return {
		kind,
		locale: 'fr',
		token: token(),
		idempotencyKey: newKey(),
		website: '',
		...fields,
		...envelope,
	};
}

/** The feedback action's answer, as the form's script reads it (src/actions/feedback.ts). */
export type Answer =
	| { status: 200; reference: string; created: boolean }
	| {
			status: number;
			reason: string;
			message: string;
			fields: Record<string, string>;
			retryAfter?: string;
	  };

/**
 * What the feedback action answers for a posted form: the service's outcome, with a refusal in
 * the visitor's language and its `Retry-After` (which the middleware sends as a header).
 */
export async function post(
	service: FeedbackService,
	body: Record<string, unknown>,
	client = '203.0.113.7',
): Promise<Answer> {
	const { locale, outcome } = await service.submitForm(body, client);
	if (outcome.ok)
		return { status: 200, reference: outcome.submission.reference, created: outcome.created };
	const { status, code, message, fields, retryAfter } = service.describe(outcome, locale);
	return { status, reason: code, message, fields, ...(retryAfter ? { retryAfter } : {}) };
}

/** The reference of an answer that stored the submission (a refusal fails the test, with its message). */
export function storedAnswer(answer: Answer): { reference: string; created: boolean } {
	if (!('reference' in answer)) throw new Error(`refused: ${answer.status} ${answer.message}`);
	return answer;
}

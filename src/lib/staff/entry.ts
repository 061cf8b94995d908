/**
 * Items typed in by staff ("Saisir une fiche"): the paper suggestion and complaint forms, the paper
 * satisfaction questionnaires, the oral remarks of the cahier de liaison and the online reviews
 * read each week. Each is checked with the schema of the matching web form (a review with its
 * own), carries the office that collected it and the day of the visit (or of the review) — which
 * the synthesis counts it by — and records who typed it. Nothing is mailed: the visitor did not
 * use the site, and the office already has the paper.
 */
import { z } from 'astro/zod';
import { SUGGESTION_TOPICS, type FeedbackChoices } from '../feedback/choices.ts';
import { validate, type FieldProblem } from '../server/errors.ts';
import type { FeedbackLocale, NewSubmission, SubmissionSource } from '../feedback/repository.ts';
import {
	asTuple,
	choice,
	complaintSchema,
	LIMITS,
	optionalText,
	pastDate,
	questionnaireSchema,
	rating,
	requiredText,
	suggestionSchema,
} from '../feedback/schemas.ts';
import { FORM_FIELDS } from '../feedback/fields.ts';
import { IDEMPOTENCY_KEY } from '../server/token.ts';
import { parisDayStart } from './filters.ts';

/** What staff can type in, in the order the page offers them. */
export const ENTRY_TYPES = ['questionnaire', 'suggestion', 'complaint', 'oral', 'review'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** The kind each entry is stored as, and its source. */
export const ENTRY_STORAGE: Record<
	EntryType,
	{ kind: 'questionnaire' | 'suggestion' | 'complaint'; source: SubmissionSource }
> = {
	questionnaire: { kind: 'questionnaire', source: 'paper' },
	suggestion: { kind: 'suggestion', source: 'paper' },
	complaint: { kind: 'complaint', source: 'paper' },
	oral: { kind: 'suggestion', source: 'oral' },
	review: { kind: 'suggestion', source: 'review' },
};

/** The review sites the office reads each week. */
export const REVIEW_PLATFORMS = ['google', 'tripadvisor', 'facebook', 'other'] as const;

export const REVIEW_LIMITS = { link: 500 } as const;

/**
 * Answers only items typed in by staff hold: a review's site, rating and link, and the office
 * that collected a paper form or a remark. Labelled `staff.entry.field.*`.
 */
export const ENTRY_ONLY_FIELDS: ReadonlySet<string> = new Set([
	'platform',
	'rating',
	'link',
	'collectedBy',
]);

/** A review's link: an http(s) address, nothing that would run when clicked. */
const reviewLink = () =>
	z.preprocess(
		(value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
		z
			.string()
			.max(REVIEW_LIMITS.link)
			.refine((text) => URL.canParse(text) && /^https?:$/.test(new URL(text).protocol), {
				error: 'feedback.error.link',
			})
			.optional(),
	);

export function reviewSchema() {
	return z.strictObject({
		platform: choice(REVIEW_PLATFORMS),
		rating: rating(),
		link: reviewLink(),
		topic: choice(SUGGESTION_TOPICS),
		message: requiredText(LIMITS.message),
		name: optionalText(LIMITS.name),
	});
}

/** The fields each entry's form has besides the common ones (type, office, date, language). */
export const ENTRY_FIELDS: Record<EntryType, readonly string[]> = {
	questionnaire: FORM_FIELDS.questionnaire.filter(
		(field) => field !== 'officeId' && field !== 'visitDate',
	),
	suggestion: FORM_FIELDS.suggestion.filter((field) => field !== 'page'),
	complaint: FORM_FIELDS.complaint.filter((field) => field !== 'factsDate'),
	oral: ['topic', 'providerId', 'message', 'name', 'email'],
	review: ['platform', 'rating', 'link', 'topic', 'message', 'name'],
};

/** The fields every entry carries, kept from one entry to the next (but the key). */
export interface EntryCommon {
	type: EntryType;
	/** The office that collected it. */
	officeId: string;
	/** The day of the visit or of the review, "YYYY-MM-DD". */
	date: string;
	locale: FeedbackLocale;
}

export const isEntryType = (value: unknown): value is EntryType =>
	typeof value === 'string' && (ENTRY_TYPES as readonly string[]).includes(value);

/** A posted form: what `URLSearchParams` (and `FormData`) answer. */
export interface PostedForm {
	get(name: string): string | File | null;
}

export type EntryOutcome =
	| { ok: true; submission: Omit<NewSubmission, 'reference'>; common: EntryCommon }
	| {
			ok: false;
			/** A problem per field (`entryOffice` and `entryDate` for the common ones). */
			problems: Record<string, FieldProblem>;
			/** What was typed, to show again. */
			values: Record<string, string>;
	  };

export interface EntryContext {
	choices: FeedbackChoices;
	now: Date;
	actor: string;
	complaintDueDays: number;
}

/** Reads one posted entry: the submission to store, or each field's problem and what was typed. */
export function parseEntry(form: PostedForm, context: EntryContext): EntryOutcome {
	const read = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	const type = read('type');
	if (!isEntryType(type))
		return { ok: false, problems: { type: { key: 'feedback.error.choice' } }, values: {} };
	const fields = ENTRY_FIELDS[type];
	const values: Record<string, string> = Object.fromEntries(
		['entryOffice', 'entryDate', 'locale', ...fields].map((name) => [name, read(name)]),
	);
	const { now } = context;
	const problems: Record<string, FieldProblem> = {};

	const common = validate(
		z.strictObject({
			entryOffice: choice(asTuple(context.choices.offices)),
			entryDate: pastDate(now),
			locale: z.enum(['fr', 'en']).catch('fr'),
		}),
		{
			entryOffice: values['entryOffice'],
			entryDate: values['entryDate'],
			locale: values['locale'],
		},
	);
	if (!common.ok) Object.assign(problems, common.fields);

	// The kind's own schema, given the common fields where it has them.
	const input: Record<string, unknown> = Object.fromEntries(
		fields.map((name) => [name, values[name] === '' ? undefined : values[name]]),
	);
	if (type === 'questionnaire') {
		input['officeId'] = values['entryOffice'];
		input['visitDate'] = values['entryDate'];
	}
	if (type === 'complaint') input['factsDate'] = values['entryDate'];
	const schema =
		type === 'questionnaire'
			? questionnaireSchema(context.choices, now)
			: type === 'complaint'
				? complaintSchema(context.choices, now)
				: type === 'review'
					? reviewSchema()
					: suggestionSchema(context.choices);
	const own = validate(schema, input);
	if (!own.ok)
		for (const [field, problem] of Object.entries(own.fields)) {
			// The common fields' problems are told once, under the common fields.
			if (field === 'visitDate' || field === 'factsDate') problems['entryDate'] ??= problem;
			else if (type === 'questionnaire' && field === 'officeId')
				problems['entryOffice'] ??= problem;
			else problems[field] = problem;
		}

	const key = read('idempotencyKey');
	if (!IDEMPOTENCY_KEY.test(key)) problems['idempotencyKey'] = { key: 'feedback.error.malformed' };
	if (!common.ok || !own.ok || Object.keys(problems).length > 0)
		return { ok: false, problems, values };

	const { entryOffice, entryDate, locale } = common.data;
	const data = own.data as Record<string, unknown>;
	const { name, email, phone, ...answers } = data;
	const { kind, source } = ENTRY_STORAGE[type];
	const topic = kind === 'complaint' ? data['subject'] : data['topic'];
	const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
	return {
		ok: true,
		common: { type, officeId: entryOffice, date: entryDate, locale },
		submission: {
			kind,
			source,
			locale,
			receivedAt: now,
			datedAt: parisDayStart(entryDate),
			enteredBy: context.actor,
			dueAt:
				kind === 'complaint'
					? new Date(now.getTime() + context.complaintDueDays * 24 * 60 * 60_000)
					: undefined,
			idempotencyKey: key,
			topic: text(topic),
			// The office the item is about when it names one, else the office that collected it.
			officeId: text(data['officeId']) ?? entryOffice,
			providerId: text(data['providerId']),
			contactName: text(name),
			contactEmail: text(email),
			contactPhone: text(phone),
			data: Object.fromEntries(
				Object.entries({ ...answers, collectedBy: entryOffice }).filter(
					([, value]) => value !== undefined,
				),
			),
			// Typed in by staff: no notification to the office, no digest.
			notifiedAt: now,
		},
	};
}

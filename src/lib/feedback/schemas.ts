/**
 * One zod schema per form, shared by the browser (inline validation before sending) and the
 * server (the only validation that counts). Every field is checked for presence, type, size and
 * allowed values; unknown fields are rejected (strict objects). Inputs are what a form sends:
 * strings, absent when a box is unticked. Error messages are dictionary keys
 * (`feedback.error.*`), turned into sentences in the visitor's language by ./errors.ts.
 *
 * Imports name their `.ts` files so that the purge and outbox commands run this with Node alone.
 */
import { z } from 'astro/zod';
import { PAPER_LANGUAGES } from '../brochures/contents.ts';
import {
	COMPLAINT_SUBJECTS,
	COUNTRIES,
	DEPARTEMENTS,
	GROUP_TYPES,
	HEARD_FROM,
	RECOMMEND_ANSWERS,
	SUGGESTION_TOPICS,
	type FeedbackChoices,
	type FeedbackKind,
} from './choices.ts';
import { BROCHURE_FIELDS, BROCHURES_PROBLEM_FIELD } from './fields.ts';

/** Size limits, in characters: the forms show them (maxlength) and the server enforces them. */
export const LIMITS = {
	name: 100,
	email: 254,
	phone: 25,
	message: 5000,
	expectation: 2000,
	comment: 2000,
	eventName: 200,
	page: 300,
	street: 200,
	city: 100,
	/** Shortest useful message: a suggestion or complaint under this is almost always a mistake. */
	messageMin: 10,
	descriptionMin: 20,
	expectationMin: 5,
} as const;

/** How far back a complaint's facts or a visit may be, in days. */
export const MAX_AGE_DAYS = 3 * 365;

/** Control characters other than tab and line breaks: never typed by a person, refused. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Trims text and turns an empty field into "not given"; line breaks become \n. */
function clean(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const trimmed = value.replace(/\r\n?/g, '\n').trim().normalize('NFC');
	return trimmed === '' ? undefined : trimmed;
}

const plainText = (min: number, max: number) =>
	z
		.string()
		.min(min)
		.max(max)
		.refine((text) => !CONTROL_CHARACTERS.test(text), { error: 'feedback.error.characters' })
		// A lone surrogate (`"\ud800"` in JSON) is no character at all: it cannot be stored as
		// UTF-8 or shown, so it is refused like a control character.
		.refine((text) => text.isWellFormed(), { error: 'feedback.error.characters' });

export const requiredText = (max: number, min = 1) => z.preprocess(clean, plainText(min, max));
export const optionalText = (max: number) => z.preprocess(clean, plainText(1, max).optional());

const email = () => z.email({ error: 'feedback.error.email' }).max(LIMITS.email);
const optionalEmail = () => z.preprocess(clean, email().optional());

const PHONE = /^\+?[0-9 ().-]+$/;
const optionalPhone = () =>
	z.preprocess(
		clean,
		z
			.string()
			.max(LIMITS.phone)
			.refine((phone) => PHONE.test(phone) && phone.replace(/\D/g, '').length >= 6, {
				error: 'feedback.error.phone',
			})
			.optional(),
	);

/** A missing choice is "required"; a value that is not one of the choices is "choose from the list". */
const choiceError = (issue: { input?: unknown }) =>
	issue.input === undefined ? 'feedback.error.required' : 'feedback.error.choice';
export const choice = <T extends readonly [string, ...string[]]>(values: T) =>
	z.preprocess(clean, z.enum(values, { error: choiceError }));
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
	z.preprocess(clean, z.enum(values, { error: choiceError }).optional());

/** A list of ids known only at run time (offices, providers). */
export const asTuple = (values: readonly string[]): [string, ...string[]] =>
	values.length > 0 ? [values[0] ?? '', ...values.slice(1)] : [''];

const DAY = 24 * 60 * 60 * 1000;

/** "YYYY-MM-DD": a real calendar date, not in the future, at most MAX_AGE_DAYS ago. */
export const pastDate = (now: Date) =>
	z.preprocess(
		clean,
		z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'feedback.error.date' })
			.refine((text) => !Number.isNaN(Date.parse(`${text}T12:00:00Z`)) && isCalendarDate(text), {
				error: 'feedback.error.date',
			})
			// A day of slack: the visitor's "today" may be tomorrow in UTC.
			.refine((text) => Date.parse(`${text}T00:00:00Z`) <= now.getTime() + DAY, {
				error: 'feedback.error.dateFuture',
			})
			.refine((text) => Date.parse(`${text}T00:00:00Z`) >= now.getTime() - MAX_AGE_DAYS * DAY, {
				error: 'feedback.error.dateOld',
			}),
	);

function isCalendarDate(text: string): boolean {
	const [year, month, day] = text.split('-').map(Number);
	const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day
	);
}

/** A page of this site (the listing a visitor reports an error in): a path, never another site. */
const sitePath = () =>
	z.preprocess(
		clean,
		z
			.string()
			.max(LIMITS.page)
			.regex(/^\/(?!\/)[\w\-./~%]*$/, { error: 'feedback.error.page' })
			.optional(),
	);

/** A 1–5 rating, sent as text by the form. */
export const rating = () =>
	z.preprocess(
		clean,
		z
			.enum(['1', '2', '3', '4', '5'], {
				error: (issue) =>
					issue.input === undefined ? 'feedback.error.required' : 'feedback.error.rating',
			})
			.transform(Number),
	);
const optionalRating = () =>
	z.preprocess(
		clean,
		z
			.enum(['1', '2', '3', '4', '5'], { error: 'feedback.error.rating' })
			.transform(Number)
			.optional(),
	);

/** A ticked checkbox sends "yes"; an unticked one sends nothing. */
const ticked = () => z.preprocess(clean, z.literal('yes', { error: 'feedback.error.consent' }));

const positiveCount = () =>
	z.preprocess(
		clean,
		z
			.string()
			.regex(/^\d{1,2}$/, { error: 'feedback.error.groupSize' })
			.transform(Number)
			.refine((count) => count >= 1, { error: 'feedback.error.groupSize' })
			.optional(),
	);

export function suggestionSchema(choices: FeedbackChoices) {
	return z.strictObject({
		topic: choice(SUGGESTION_TOPICS),
		/** Set when the visitor came from a provider's "report an error" link. */
		providerId: optionalChoice(asTuple(choices.providers)),
		page: sitePath(),
		message: requiredText(LIMITS.message, LIMITS.messageMin),
		name: optionalText(LIMITS.name),
		email: optionalEmail(),
	});
}

export function complaintSchema(choices: FeedbackChoices, now: Date) {
	return z
		.strictObject({
			subject: choice(COMPLAINT_SUBJECTS),
			officeId: optionalChoice(asTuple(choices.offices)),
			providerId: optionalChoice(asTuple(choices.providers)),
			eventName: optionalText(LIMITS.eventName),
			factsDate: pastDate(now),
			description: requiredText(LIMITS.message, LIMITS.descriptionMin),
			expectation: requiredText(LIMITS.expectation, LIMITS.expectationMin),
			name: requiredText(LIMITS.name, 2),
			email: optionalEmail(),
			phone: optionalPhone(),
			consent: ticked(),
		})
		.superRefine((complaint, context) => {
			// The office must be able to answer: one way to reach the visitor at least.
			if (!complaint.email && !complaint.phone) {
				for (const path of ['email', 'phone'])
					context.addIssue({ code: 'custom', path: [path], message: 'feedback.error.contact' });
			}
			const needed = { office: 'officeId', provider: 'providerId', event: 'eventName' } as const;
			if (complaint.subject !== 'other') {
				const field = needed[complaint.subject];
				if (!complaint[field])
					context.addIssue({ code: 'custom', path: [field], message: 'feedback.error.required' });
			}
		})
		.transform((complaint) => ({
			...complaint,
			// Only the target the visitor chose counts: a choice left over in another list is dropped.
			officeId: complaint.subject === 'office' ? complaint.officeId : undefined,
			providerId: complaint.subject === 'provider' ? complaint.providerId : undefined,
			eventName: complaint.subject === 'event' ? complaint.eventName : undefined,
		}));
}

export function questionnaireSchema(choices: FeedbackChoices, now: Date) {
	return z
		.strictObject({
			officeId: choice(asTuple(choices.offices)),
			visitDate: pastDate(now),
			heardFrom: choice(HEARD_FROM),
			welcome: optionalRating(),
			information: optionalRating(),
			openingHours: optionalRating(),
			waitingTime: optionalRating(),
			documentation: optionalRating(),
			shop: optionalRating(),
			wifi: optionalRating(),
			overall: rating(),
			recommend: choice(RECOMMEND_ANSWERS),
			country: choice(asTuple(COUNTRIES)),
			departement: optionalChoice(asTuple(Object.keys(DEPARTEMENTS))),
			groupType: choice(GROUP_TYPES),
			groupSize: positiveCount(),
			comment: optionalText(LIMITS.comment),
		})
		.superRefine((answers, context) => {
			if (answers.country === 'FR' && !answers.departement)
				context.addIssue({
					code: 'custom',
					path: ['departement'],
					message: 'feedback.error.departement',
				});
		})
		.transform((answers) => ({
			...answers,
			departement: answers.country === 'FR' ? answers.departement : undefined,
		}));
}

/** A ticked brochure box sends "yes"; an unticked one sends nothing. */
const brochureBox = () =>
	z.preprocess(clean, z.literal('yes', { error: 'feedback.error.choice' }).optional());

/** Postcodes as post offices write them: letters, digits, spaces and hyphens. */
const POSTCODE = /^[A-Za-z0-9][A-Za-z0-9 -]{1,10}$/;

export function brochureRequestSchema() {
	return z
		.strictObject({
			'brochure-destination-guide': brochureBox(),
			'brochure-tourist-map': brochureBox(),
			'brochure-accommodation-guide': brochureBox(),
			'brochure-gastronomy': brochureBox(),
			'brochure-village-plans': brochureBox(),
			language: choice(PAPER_LANGUAGES),
			name: requiredText(LIMITS.name, 2),
			street: requiredText(LIMITS.street, 3),
			addressLine2: optionalText(LIMITS.street),
			postalCode: z.preprocess(
				clean,
				z.string().regex(POSTCODE, { error: 'feedback.error.postalCode' }),
			),
			city: requiredText(LIMITS.city),
			country: choice(asTuple(COUNTRIES)),
			email: optionalEmail(),
		})
		.superRefine((request, context) => {
			if (BROCHURE_FIELDS.every((field) => request[field] !== 'yes'))
				context.addIssue({
					code: 'custom',
					path: [BROCHURES_PROBLEM_FIELD],
					message: 'feedback.error.brochures',
				});
			if (request.country === 'FR' && !/^\d{5}$/.test(request.postalCode))
				context.addIssue({
					code: 'custom',
					path: ['postalCode'],
					message: 'feedback.error.postalCodeFr',
				});
		});
}

export type SuggestionData = z.output<ReturnType<typeof suggestionSchema>>;
export type ComplaintData = z.output<ReturnType<typeof complaintSchema>>;
export type QuestionnaireData = z.output<ReturnType<typeof questionnaireSchema>>;
export type BrochureRequestData = z.output<ReturnType<typeof brochureRequestSchema>>;
export type FeedbackData = SuggestionData | ComplaintData | QuestionnaireData | BrochureRequestData;

/** The schema of a form. */
export function schemaFor(kind: FeedbackKind, choices: FeedbackChoices, now: Date) {
	switch (kind) {
		case 'suggestion':
			return suggestionSchema(choices);
		case 'complaint':
			return complaintSchema(choices, now);
		case 'questionnaire':
			return questionnaireSchema(choices, now);
		case 'brochureRequest':
			return brochureRequestSchema();
	}
}

export { FORM_FIELDS } from './fields.ts';

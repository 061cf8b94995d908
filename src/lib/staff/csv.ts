/**
 * CSV exports as a French spreadsheet opens them: semicolon-separated (what Excel set to French
 * expects), CRLF line ends, fields quoted when they hold a separator, a quote or a line break
 * (quotes doubled), UTF-8 with a byte order mark so that accents read right; dates as 07/12/2026.
 * A cell starting with = + - @ (or a tab or carriage return) is prefixed with an apostrophe, so
 * that a visitor's text is never run as a formula (CSV injection).
 */
import type { FeedbackKind } from '../feedback/choices.ts';
import { FORM_FIELDS } from '../feedback/fields.ts';
import { ENTRY_ONLY_FIELDS } from './entry.ts';
import type { Submission } from '../feedback/repository.ts';
import { frenchDate, frenchDateTime, isOverdue } from './filters.ts';
import type { StaffLabels } from './labels.ts';

export const BOM = '\uFEFF';
export const SEPARATOR = ';';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

const FORMULA = /^[=+\-@\t\r]/;

/** One cell: neutralised if it could be read as a formula, quoted if needed. */
export function csvCell(value: string | number | undefined | null): string {
	if (value === undefined || value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
	return /[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, header row, rows, each line ended by CRLF. */
export function toCsv(
	header: readonly string[],
	rows: readonly (readonly (string | number | undefined | null)[])[],
): string {
	return BOM + [header, ...rows].map((row) => row.map(csvCell).join(SEPARATOR) + '\r\n').join('');
}

/** The export's labels: column names and the staff's names for codes (./labels.ts). */
export interface SubmissionCsvLabels {
	header: readonly string[];
	names: Pick<
		StaffLabels,
		'kind' | 'source' | 'status' | 'topic' | 'office' | 'provider' | 'language' | 'field' | 'answer'
	>;
	yes: string;
}

/** Fields with a column of their own (or none: the consent every form requires to be given). */
const OWN_COLUMNS = new Set([
	'topic',
	'subject',
	'officeId',
	'providerId',
	'page',
	'name',
	'email',
	'phone',
	'consent',
]);

/**
 * Every answer field that may appear in `data`, in the order of the forms: taken from the forms'
 * own field lists (../feedback/fields.ts), so a new form or field (the brochure request's postal
 * address) shows in the staff pages and the export without a second list to update.
 */
export const ANSWER_FIELDS: readonly string[] = [
	...new Set([...Object.values(FORM_FIELDS).flat(), ...ENTRY_ONLY_FIELDS]),
].filter((field) => !OWN_COLUMNS.has(field));

/**
 * The answer columns of one kind's export, or of all kinds': a form's fields, then what items
 * typed in by staff add (an online review is stored as a suggestion).
 */
export function answerFields(kind?: FeedbackKind): readonly string[] {
	if (!kind) return ANSWER_FIELDS;
	const extra =
		kind === 'suggestion'
			? ['platform', 'rating', 'link', 'collectedBy']
			: kind === 'brochureRequest'
				? []
				: ['collectedBy'];
	return [...FORM_FIELDS[kind], ...extra].filter((field) => !OWN_COLUMNS.has(field));
}

/**
 * The CSV of submissions, one row each: with a kind, only that form's answer columns (one file
 * per kind reads as a table); values named as the staff pages name them, never as codes.
 */
export function submissionsCsv(
	submissions: readonly Submission[],
	labels: SubmissionCsvLabels,
	now: Date,
	kind?: FeedbackKind,
): string {
	const { names } = labels;
	const time = (date: Date | undefined) => (date ? frenchDateTime(date) : '');
	const fields = answerFields(kind);
	return toCsv(
		[...labels.header, ...fields.map(names.field)],
		submissions.map((submission) => [
			submission.reference,
			names.kind(submission.kind),
			names.status(submission.status, submission.kind),
			time(submission.receivedAt),
			names.source(submission.source),
			submission.datedAt ? frenchDate(submission.datedAt) : '',
			time(submission.dueAt),
			isOverdue(submission, now) ? labels.yes : '',
			names.topic(submission.kind, submission.topic),
			names.office(submission.officeId),
			names.provider(submission.providerId),
			submission.page,
			submission.contactName,
			submission.contactEmail,
			submission.contactPhone,
			submission.forwardedTo,
			submission.answer,
			time(submission.answeredAt),
			time(submission.closedAt),
			names.language(submission.locale),
			...fields.map((field) => names.answer(field, submission.data[field])),
		]),
	);
}

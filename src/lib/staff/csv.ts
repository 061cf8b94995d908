/**
 * CSV exports (RFC 4180): comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break (quotes doubled), UTF-8 with a byte order mark so that spreadsheet
 * software reads accents right. A cell starting with = + - @ (or a tab or carriage return) is
 * prefixed with an apostrophe, so that a visitor's text is never run as a formula (CSV injection).
 */
import { FORM_FIELDS } from '../feedback/fields.ts';
import type { Submission } from '../feedback/repository.ts';
import { isOverdue, parisDateTime } from './filters.ts';

export const BOM = '\uFEFF';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

const FORMULA = /^[=+\-@\t\r]/;

/** One cell: neutralised if it could be read as a formula, quoted if needed. */
export function csvCell(value: string | number | undefined | null): string {
	if (value === undefined || value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, header row, rows, each line ended by CRLF. */
export function toCsv(
	header: readonly string[],
	rows: readonly (readonly (string | number | undefined | null)[])[],
): string {
	return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

/** What the submissions' export shows of a value of the form's answers. */
function answer(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return JSON.stringify(value);
}

/** The export's columns: labels in the staff's language. */
export interface SubmissionCsvLabels {
	header: readonly string[];
	kind: (kind: Submission['kind']) => string;
	status: (status: Submission['status']) => string;
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
	...new Set(Object.values(FORM_FIELDS).flat()),
].filter((field) => !OWN_COLUMNS.has(field));

/** The CSV of submissions, one row each. */
export function submissionsCsv(
	submissions: readonly Submission[],
	labels: SubmissionCsvLabels,
	now: Date,
): string {
	const time = (date: Date | undefined) => (date ? parisDateTime(date) : '');
	return toCsv(
		[...labels.header, ...ANSWER_FIELDS],
		submissions.map((submission) => [
			submission.reference,
			labels.kind(submission.kind),
			labels.status(submission.status),
			time(submission.receivedAt),
			time(submission.dueAt),
			isOverdue(submission, now) ? labels.yes : '',
			submission.topic,
			submission.officeId,
			submission.providerId,
			submission.page,
			submission.contactName,
			submission.contactEmail,
			submission.contactPhone,
			submission.forwardedTo,
			submission.answer,
			time(submission.answeredAt),
			time(submission.closedAt),
			submission.locale,
			...ANSWER_FIELDS.map((field) => answer(submission.data[field])),
		]),
	);
}

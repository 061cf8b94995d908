/**
 * The inbox's filters, read from the query string (`?kind=complaint&overdue=1&from=2026-07-01`):
 * the same filters make the page, its pagination links and its CSV export. Unknown values are
 * ignored (never passed to the database). Dates are Paris days: `from` includes the day, `to`
 * includes the whole day too.
 */
import { instantToParis, parisToInstant } from '../calendar/paris-time.ts';
import { FEEDBACK_KINDS, type FeedbackKind } from '../feedback/choices.ts';
import { STAFF_TAG } from '../i18n/locales.ts';
import {
	SUBMISSION_STATUSES,
	type SubmissionQuery,
	type SubmissionStatus,
} from '../feedback/repository.ts';

export const PAGE_SIZE = 50;

export interface InboxFilters {
	kind?: FeedbackKind | undefined;
	status?: SubmissionStatus | undefined;
	office?: string | undefined;
	provider?: string | undefined;
	/** A provider's name typed in the type-ahead (`prestataire`) that matches none: not applied. */
	unknownProvider?: string | undefined;
	/** YYYY-MM-DD, Paris days, both included. */
	from?: string | undefined;
	to?: string | undefined;
	overdue: boolean;
	/** Only what is assigned to the signed-in person or their office. */
	mine: boolean;
	/** Words searched in the reference, name, e-mail and message (at most 100 characters). */
	text?: string | undefined;
	/** Urgency first (the default) or newest first. */
	sort: 'urgency' | 'newest';
	/** 1-based. */
	page: number;
}

export interface FilterChoices {
	offices: readonly string[];
	providers: readonly string[];
	/** Provider ids by name (`nameKey`), to read a name typed in the type-ahead. */
	providerNames?: ReadonlyMap<string, string> | undefined;
}

/** A name as typed or listed, compared: case, spacing and Unicode form aside (accents kept). */
export const nameKey = (name: string) =>
	name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');

/** Ids by `nameKey` of their name; of two with the same name, the first. */
export function nameIndex(items: readonly { id: string; name: string }[]): Map<string, string> {
	const index = new Map<string, string>();
	for (const item of items)
		if (!index.has(nameKey(item.name))) index.set(nameKey(item.name), item.id);
	return index;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
	value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

const validDate = (value: string | null): string | undefined =>
	value && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : undefined;

export function parseFilters(params: URLSearchParams, choices: FilterChoices): InboxFilters {
	const page = Number(params.get('page'));
	// The type-ahead posts a name (`prestataire`); links and exports carry the id (`provider`).
	const typed = params.get('prestataire')?.trim().slice(0, 200);
	const named = typed ? choices.providerNames?.get(nameKey(typed)) : undefined;
	return {
		kind: oneOf(FEEDBACK_KINDS, params.get('kind')),
		status: oneOf(SUBMISSION_STATUSES, params.get('status')),
		office: oneOf(choices.offices, params.get('office')),
		provider: typed ? named : oneOf(choices.providers, params.get('provider')),
		unknownProvider: typed && !named ? typed : undefined,
		from: validDate(params.get('from')),
		to: validDate(params.get('to')),
		overdue: params.get('overdue') === '1',
		mine: params.get('moi') === '1',
		text: params.get('q')?.trim().slice(0, 100) || undefined,
		sort: params.get('sort') === 'newest' ? 'newest' : 'urgency',
		page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
	};
}

/** The start of a Paris day. */
export const parisDayStart = (date: string) => new Date(parisToInstant(date));

/** The start of the Paris day after. */
export function parisDayEnd(date: string): Date {
	const next = new Date(Date.parse(`${date}T12:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
	return parisDayStart(next);
}

/** The repository query of the filters at `now` (without paging). */
export function toQuery(filters: InboxFilters, now: Date): SubmissionQuery {
	return {
		kind: filters.overdue ? 'complaint' : filters.kind,
		status: filters.status,
		officeId: filters.office,
		providerId: filters.provider,
		receivedFrom: filters.from ? parisDayStart(filters.from) : undefined,
		receivedBefore: filters.to ? parisDayEnd(filters.to) : undefined,
		overdueAt: filters.overdue ? now : undefined,
		text: filters.text,
		order: filters.sort,
	};
}

/** The query string of the filters (`page` only when asked), in a stable order. */
export function filtersToSearch(filters: InboxFilters, withPage = false): string {
	const params = new URLSearchParams();
	if (filters.kind) params.set('kind', filters.kind);
	if (filters.status) params.set('status', filters.status);
	if (filters.office) params.set('office', filters.office);
	if (filters.provider) params.set('provider', filters.provider);
	if (filters.from) params.set('from', filters.from);
	if (filters.to) params.set('to', filters.to);
	if (filters.overdue) params.set('overdue', '1');
	if (filters.mine) params.set('moi', '1');
	if (filters.text) params.set('q', filters.text);
	if (filters.sort === 'newest') params.set('sort', 'newest');
	if (withPage && filters.page > 1) params.set('page', String(filters.page));
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** Whether a submission is a complaint past its due date and still waiting for an answer. */
export function isOverdue(
	submission: { kind: string; status: string; dueAt?: Date | undefined },
	now: Date,
): boolean {
	return (
		submission.kind === 'complaint' &&
		(submission.status === 'new' || submission.status === 'forwarded') &&
		submission.dueAt !== undefined &&
		submission.dueAt < now
	);
}

/** "2026-07-15": a Paris day as the filters, file names and date inputs write it. */
export const parisDate = (date: Date) => instantToParis(date.getTime()).date;

const FRENCH_DAY = new Intl.DateTimeFormat(STAFF_TAG, {
	timeZone: 'Europe/Paris',
	day: '2-digit',
	month: '2-digit',
	year: 'numeric',
});
const FRENCH_DAY_TIME = new Intl.DateTimeFormat(STAFF_TAG, {
	timeZone: 'Europe/Paris',
	day: '2-digit',
	month: '2-digit',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
});

/** "07/12/2026": a Paris day as the staff pages and exports show it (what a French spreadsheet reads). */
export const frenchDate = (date: Date) => FRENCH_DAY.format(date);
/** "07/12/2026 14:05": a Paris time as the staff pages and exports show it. */
export const frenchDateTime = (date: Date) => FRENCH_DAY_TIME.format(date);
/** "07/12/2026" for a day typed in a form ("2026-12-07"); anything else unchanged. */
export const frenchDay = (day: string) => {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	return match ? `${match[3]}/${match[2]}/${match[1]}` : day;
};

/**
 * Fulfilling paper-brochure requests: the requests still to send ("À envoyer", status new) as
 * address labels on A4 sheets of 3 × 8 labels of 70 × 37 mm, as a CSV for a mailing, and marking
 * the ones printed as sent ("Envoyé", status closed) in one action — only those printed: a request
 * arriving meanwhile stays to send.
 */
import { BROCHURE_FIELDS } from '../feedback/fields.ts';
import type { FeedbackRepository, Submission } from '../feedback/repository.ts';
import { REFERENCE } from '../server/token.ts';
import { toCsv } from './csv.ts';
import { frenchDateTime } from './filters.ts';
import type { StaffLabels } from './labels.ts';
import { allSubmissions } from './load.ts';

/** The label sheet: 3 columns × 8 rows of 70 × 37 mm fill an A4 page (210 × 297 mm). */
export const LABEL_SHEET = { columns: 3, rows: 8, widthMm: 70, heightMm: 37 } as const;
export const LABELS_PER_SHEET = LABEL_SHEET.columns * LABEL_SHEET.rows;

/** The most references one "mark as sent" post carries. */
export const MAX_MARKED = 2000;

/** The requests to send, oldest first (the order they are printed and posted). */
export async function requestsToSend(repository: FeedbackRepository): Promise<Submission[]> {
	const requests = await allSubmissions(repository, { kind: 'brochureRequest', status: 'new' });
	return requests.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.id - b.id);
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : '');

/**
 * A request's address as a French post office wants it: name, street, complement, postcode and
 * town, and the country in capitals when it is not France.
 */
export function addressLines(
	request: Pick<Submission, 'contactName' | 'data'>,
	country: (code: string) => string,
): string[] {
	const data = request.data;
	const code = text(data['country']);
	return [
		text(request.contactName),
		text(data['street']),
		text(data['addressLine2']),
		[text(data['postalCode']), text(data['city']).toLocaleUpperCase('fr')]
			.filter(Boolean)
			.join(' '),
		code && code !== 'FR' ? country(code).toLocaleUpperCase('fr') : '',
	].filter((line) => line !== '');
}

/** Items cut into pages of `size`. */
export function sheets<T>(items: readonly T[], size = LABELS_PER_SHEET): T[][] {
	const pages: T[][] = [];
	for (let start = 0; start < items.length; start += size)
		pages.push(items.slice(start, start + size));
	return pages;
}

/** The CSV for a mailing: one row per request, the address in its own columns, French headers. */
export function brochureMailingCsv(
	requests: readonly Submission[],
	labels: Pick<StaffLabels, 'field' | 'country' | 'language'> & {
		header: (column: 'reference' | 'received' | 'name' | 'email' | 'brochures') => string;
	},
): string {
	const header = [
		labels.header('reference'),
		labels.header('received'),
		labels.header('name'),
		labels.field('street'),
		labels.field('addressLine2'),
		labels.field('postalCode'),
		labels.field('city'),
		labels.field('country'),
		labels.field('language'),
		labels.header('brochures'),
		labels.header('email'),
	];
	return toCsv(
		header,
		requests.map((request) => [
			request.reference,
			frenchDateTime(request.receivedAt),
			request.contactName,
			text(request.data['street']),
			text(request.data['addressLine2']),
			text(request.data['postalCode']),
			text(request.data['city']),
			text(request.data['country']) ? labels.country(text(request.data['country'])) : '',
			labels.language(text(request.data['language']) || undefined),
			BROCHURE_FIELDS.filter((field) => {
				const ticked = request.data[field];
				return ticked === 'yes' || ticked === true;
			})
				.map(labels.field)
				.join(', '),
			request.contactEmail,
		]),
	);
}

/** The references a "mark as sent" post names (space-separated), or undefined if malformed. */
export function parseReferences(value: string | null): string[] | undefined {
	const references = (value ?? '').split(/\s+/).filter(Boolean);
	if (
		references.length === 0 ||
		references.length > MAX_MARKED ||
		!references.every((reference) => REFERENCE.test(reference))
	)
		return undefined;
	return [...new Set(references)];
}

/**
 * Marks the requests printed as sent (closed), each recorded in its history by `actor`. Only
 * brochure requests still to send change; returns how many did.
 */
export async function markSent(
	repository: FeedbackRepository,
	references: readonly string[],
	actor: string,
	at: Date,
): Promise<number> {
	let marked = 0;
	for (const reference of references) {
		const request = await repository.findSubmission(reference);
		if (request?.kind !== 'brochureRequest' || request.status !== 'new') continue;
		await repository.changeStatus(reference, { status: 'closed', actor, at });
		marked += 1;
	}
	return marked;
}

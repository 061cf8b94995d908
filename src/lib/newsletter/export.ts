/**
 * The staff's export of the subscribers for the office's mailing tool: a CSV file (RFC 4180,
 * UTF-8 with a byte order mark so that spreadsheet programs read the accents), one confirmed
 * subscriber per line. `npm run newsletter:export` writes it; the staff back office serves it.
 *
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
import type { NewsletterStore, Subscriber } from './store.ts';

/** The byte order mark that tells spreadsheet programs the file is UTF-8. */
export const BOM = '\uFEFF';

/** The columns, in order; `unsubscribe_url` is each subscriber's link for the mailing tool. */
export const CSV_COLUMNS = [
	'email',
	'language',
	'sectors',
	'confirmed_at',
	'unsubscribe_url',
] as const;

/** A field quoted when it holds a separator, a quote or a line break; a leading =+-@ is defused. */
export function csvField(value: string): string {
	// A spreadsheet would run a cell starting with these as a formula (CSV injection).
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvOptions {
	/** The unsubscribe link of a subscriber (the service's `unsubscribeUrl`). */
	unsubscribeUrl: (subscriber: Subscriber) => string;
}

/** The CSV text of these subscribers: BOM, header line, one line each, CRLF line ends. */
export function subscribersCsv(subscribers: readonly Subscriber[], options: CsvOptions): string {
	const lines = [
		CSV_COLUMNS.join(','),
		...subscribers.map((subscriber) =>
			[
				subscriber.email,
				subscriber.locale,
				subscriber.sectors.join(' '),
				subscriber.confirmedAt?.toISOString() ?? '',
				options.unsubscribeUrl(subscriber),
			]
				.map(csvField)
				.join(','),
		),
	];
	return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The CSV of every confirmed subscriber in the store. */
export async function exportSubscribers(
	store: NewsletterStore,
	options: CsvOptions,
): Promise<{ csv: string; count: number }> {
	const subscribers = await store.confirmed();
	return { csv: subscribersCsv(subscribers, options), count: subscribers.length };
}

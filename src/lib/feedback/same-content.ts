/** Whether a submission sent again with a stored idempotency key is the one stored. */
import type { NewSubmission, Submission } from './repository.ts';

/** JSON with object keys in order: the same data reads the same whatever the store did to it. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value instanceof Date) return JSON.stringify(value.toISOString());
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
			.join(',')}}`;
	return JSON.stringify(value ?? null);
}

/** Whether a stored submission is the one now sent again (same form, same answers). */
export function sameContent(stored: Submission, sent: Omit<NewSubmission, 'reference'>): boolean {
	const content = (item: Omit<NewSubmission, 'reference'> | Submission) =>
		canonical([
			item.kind,
			item.contactName,
			item.contactEmail,
			item.contactPhone,
			item.topic,
			item.officeId,
			item.providerId,
			item.page,
			item.data,
		]);
	return content(stored) === content(sent);
}

/**
 * The retention purge (src/lib/feedback/purge.ts) as the staff see it: the submissions that still
 * hold personal data, oldest first, each with the date the purge erases it.
 */
import type { FeedbackRepository } from '../feedback/repository.ts';
import { retentionCutoff } from '../feedback/purge.ts';

export interface RetentionItem {
	reference: string;
	receivedAt: Date;
	/** When its personal data is erased: receipt + the retention period. */
	anonymiseAt: Date;
	/** Already past retention: erased at the next `npm run feedback:purge`. */
	due: boolean;
}

export function anonymiseAt(receivedAt: Date, months: number): Date {
	const at = new Date(receivedAt);
	at.setUTCMonth(at.getUTCMonth() + months);
	return at;
}

export async function retentionSchedule(
	repository: FeedbackRepository,
	retentionMonths: number,
	now: Date,
	limit = 25,
): Promise<{ cutoff: Date; items: RetentionItem[] }> {
	const cutoff = retentionCutoff(now, retentionMonths);
	const queue = await repository.anonymisationQueue(limit);
	return {
		cutoff,
		items: queue.map(({ reference, receivedAt }) => ({
			reference,
			receivedAt,
			anonymiseAt: anonymiseAt(receivedAt, retentionMonths),
			due: receivedAt < cutoff,
		})),
	};
}

/** Reading every submission of a query, page by page (the repository returns 10,000 at most). */
import type { FeedbackRepository, Submission, SubmissionQuery } from '../feedback/repository.ts';

const BATCH = 5000;

export async function allSubmissions(
	repository: FeedbackRepository,
	query: SubmissionQuery,
): Promise<Submission[]> {
	const all: Submission[] = [];
	for (let offset = 0; ; offset += BATCH) {
		const batch = await repository.listSubmissions({ ...query, limit: BATCH, offset });
		all.push(...batch);
		if (batch.length < BATCH) return all;
	}
}

/**
 * The submissions a synthesis counts between two instants: by the day they tell of (the visit or
 * the review of what staff typed in), else the day they were received — Paris time.
 */
export function submissionsBetween(
	repository: FeedbackRepository,
	bounds: { from: Date; before: Date },
): Promise<Submission[]> {
	return allSubmissions(repository, { datedFrom: bounds.from, datedBefore: bounds.before });
}

/** Submissions stored straight into a test store, with the dates and answers a test needs. */
import type {
	FeedbackRepository,
	NewSubmission,
	Submission,
} from '../../../../src/lib/feedback/repository';

let count = 0;

export async function seed(
	repository: FeedbackRepository,
	submission: Partial<Omit<NewSubmission, 'reference'>> & Pick<NewSubmission, 'kind'>,
): Promise<Submission> {
	count += 1;
	const result = await repository.createSubmission(
		{
			locale: 'fr',
			receivedAt: new Date('2026-07-15T10:00:00Z'),
			idempotencyKey: `seed-${process.pid}-${count}-${Math.random().toString(36).slice(2)}`,
			data: {},
			...submission,
		},
		() => `TST-${count}-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
		() => [],
	);
	if (result.status === 'rate-limited') throw new Error('rate-limited');
	return result.submission;
}

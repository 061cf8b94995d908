/**
 * What the inbox's tests share: the day they run on, the offices and providers a filter may
 * name, and four submissions seeded into a store — a complaint overdue, one on time, one
 * answered, and a suggestion whose fields try HTML and a spreadsheet formula.
 */
import type { FeedbackRepository } from '../../../../src/lib/feedback/repository';
import { nameIndex } from '../../../../src/lib/staff/filters';
import { seed } from './seed';

export const NOW = new Date('2026-07-15T10:00:00Z');
export const DAY = 86_400_000;
export const CHOICES = {
	offices: ['vialas', 'florac'],
	providers: ['gite-de-la-baume'],
	providerNames: nameIndex([{ id: 'gite-de-la-baume', name: 'Gîte de la Baume' }]),
};

/** Seeds the four submissions of the inbox's tests. */
export async function seedInbox(repository: FeedbackRepository) {
	const late = await seed(repository, {
		kind: 'complaint',
		receivedAt: new Date(NOW.getTime() - 5 * DAY),
		dueAt: new Date(NOW.getTime() - 2 * DAY),
		topic: 'office',
		officeId: 'vialas',
		contactName: 'Hélène Château',
		contactEmail: 'helene@example.org',
		data: {
			description: 'Le bureau était fermé, « porte close » à 10 h.',
			expectation: 'Des excuses',
		},
	});
	const onTime = await seed(repository, {
		kind: 'complaint',
		receivedAt: new Date(NOW.getTime() - DAY),
		dueAt: new Date(NOW.getTime() + 2 * DAY),
		topic: 'provider',
		providerId: 'gite-de-la-baume',
		data: {
			description: 'Chambre non conforme à la description.',
			expectation: 'Remboursement',
		},
	});
	const answered = await seed(repository, {
		kind: 'complaint',
		receivedAt: new Date(NOW.getTime() - 10 * DAY),
		dueAt: new Date(NOW.getTime() - 7 * DAY),
		topic: 'office',
		officeId: 'florac',
		data: { description: 'Horaires affichés faux sur la porte.', expectation: 'Correction' },
	});
	await repository.changeStatus(answered.reference, {
		status: 'answered',
		actor: 'agent@example.org',
		at: new Date(NOW.getTime() - 8 * DAY),
		answer: 'Corrigé.',
	});
	const hostile = await seed(repository, {
		kind: 'suggestion',
		receivedAt: new Date('2026-07-01T22:30:00Z'), // 2 July, 00:30 in Paris
		topic: 'website',
		contactName: '=HYPERLINK("http://evil.example","clic")',
		data: { message: '<script>alert("x")</script>, et "guillemets"\nsur deux lignes' },
	});
	return { late, onTime, answered, hostile };
}

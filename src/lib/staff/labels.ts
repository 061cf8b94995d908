/** How the back office names codes: kinds, statuses, topics, countries, départements, offices. */
import { COMPLAINT_SUBJECTS, DEPARTEMENTS, SUGGESTION_TOPICS } from '../feedback/choices.ts';
import type { Submission, SubmissionStatus } from '../feedback/repository.ts';
import type { Translate, UiKey } from '../i18n/ui.ts';
import type { Named } from './server.ts';

export function staffLabels(t: Translate, offices: readonly Named[], providers: readonly Named[]) {
	const officeNames = new Map(offices.map((office) => [office.id, office.name]));
	const providerNames = new Map(providers.map((provider) => [provider.id, provider.name]));
	const countries = new Intl.DisplayNames(['fr'], { type: 'region' });
	return {
		kind: (kind: Submission['kind']) => t(`feedback.kind.${kind}`),
		status: (status: SubmissionStatus) => t(`staff.status.${status}`),
		topic(kind: Submission['kind'], topic: string | undefined): string {
			if (!topic) return '';
			const key = `${kind === 'complaint' ? 'feedback.subject' : 'feedback.topic'}.${topic}`;
			return key in KNOWN ? t(key as UiKey) : topic;
		},
		office: (id: string | undefined) => (id ? (officeNames.get(id) ?? id) : ''),
		provider: (id: string | undefined) => (id ? (providerNames.get(id) ?? id) : ''),
		country: (code: string) => countries.of(code) ?? code,
		departement: (code: string) => (DEPARTEMENTS[code] ? `${code} – ${DEPARTEMENTS[code]}` : code),
	};
}

export type StaffLabels = ReturnType<typeof staffLabels>;

/** The topic keys that exist in the dictionaries. */
const KNOWN: Record<string, true> = Object.fromEntries(
	[
		...SUGGESTION_TOPICS.map((topic) => `feedback.topic.${topic}`),
		...COMPLAINT_SUBJECTS.map((subject) => `feedback.subject.${subject}`),
	].map((key) => [key, true]),
);

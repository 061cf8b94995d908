/** How the back office names codes: kinds, statuses, topics, countries, départements, offices. */
import {
	COMPLAINT_SUBJECTS,
	DEPARTEMENTS,
	GROUP_TYPES,
	HEARD_FROM,
	RECOMMEND_ANSWERS,
	SUGGESTION_TOPICS,
} from '../feedback/choices.ts';
import type { Submission, SubmissionSource, SubmissionStatus } from '../feedback/repository.ts';
import { keyUnder, type Translate } from '../i18n/ui.ts';
import { ENTRY_ONLY_FIELDS, REVIEW_PLATFORMS } from './entry.ts';
import { frenchDay } from './filters.ts';
import type { Named } from './server.ts';

/** Form fields whose value is a day typed by the visitor ("2026-07-15"). */
const DAY_FIELDS = new Set(['visitDate', 'factsDate']);

export function staffLabels(t: Translate, offices: readonly Named[], providers: readonly Named[]) {
	const officeNames = new Map(offices.map((office) => [office.id, office.name]));
	const providerNames = new Map(providers.map((provider) => [provider.id, provider.name]));
	const countries = new Intl.DisplayNames(['fr'], { type: 'region' });
	const languages = new Intl.DisplayNames(['fr'], { type: 'language' });
	const country = (code: string) => countries.of(code) ?? code;
	const departement = (code: string) =>
		DEPARTEMENTS[code] ? `${code} – ${DEPARTEMENTS[code]}` : code;
	const office = (id: string | undefined) => (id ? (officeNames.get(id) ?? id) : '');
	const provider = (id: string | undefined) => (id ? (providerNames.get(id) ?? id) : '');
	const language = (code: string | undefined) => (code ? (languages.of(code) ?? code) : '');
	/** A choice's name from its dictionary key, or the stored value when the key is unknown. */
	const named = (prefix: string, value: string) =>
		`${prefix}.${value}` in KNOWN ? t(keyUnder(`${prefix}.`, value)) : value;
	return {
		kind: (kind: Submission['kind']) => t(`feedback.kind.${kind}`),
		/** Where an item came from: the site's form, or typed in by staff (paper, oral, review). */
		source: (source: SubmissionSource | undefined) => t(`staff.source.${source ?? 'web'}`),
		/** A status as it reads for the kind: a questionnaire is recorded, brochures are sent. */
		status: (status: SubmissionStatus, kind?: Submission['kind']) =>
			kind === 'questionnaire'
				? t('staff.status.recorded')
				: kind === 'brochureRequest'
					? t(status === 'closed' ? 'staff.status.sent' : 'staff.status.toSend')
					: t(`staff.status.${status}`),
		topic(kind: Submission['kind'], topic: string | undefined): string {
			if (!topic) return '';
			const prefix = kind === 'complaint' ? 'feedback.subject.' : 'feedback.topic.';
			return `${prefix}${topic}` in KNOWN ? t(keyUnder(prefix, topic)) : topic;
		},
		office,
		provider,
		country,
		departement,
		language,
		/** A form field's label, as the form shows it to visitors. */
		field: (field: string) =>
			ENTRY_ONLY_FIELDS.has(field)
				? t(keyUnder('staff.entry.field.', field))
				: t(keyUnder('feedback.field.', field)),
		/** A visitor's answer as staff read it: choices, places and days named, never codes. */
		answer(field: string, value: unknown): string {
			if (value === undefined || value === null) return '';
			if (typeof value === 'boolean') return value ? t('staff.yes') : t('staff.no');
			if (typeof value === 'number') return String(value);
			if (typeof value !== 'string') return JSON.stringify(value);
			if (value === 'yes' && field.startsWith('brochure-')) return t('staff.yes');
			if (field === 'country') return country(value);
			if (field === 'departement') return departement(value);
			if (field === 'language') return language(value);
			if (field === 'officeId' || field === 'collectedBy') return office(value);
			if (field === 'platform') return named('staff.entry.platform', value);
			if (field === 'providerId') return provider(value);
			if (field === 'heardFrom') return named('feedback.heardFrom', value);
			if (field === 'groupType') return named('feedback.group', value);
			if (field === 'recommend') return named('feedback.recommend', value);
			if (DAY_FIELDS.has(field)) return frenchDay(value);
			return value;
		},
	};
}

export type StaffLabels = ReturnType<typeof staffLabels>;

/** The choice keys that exist in the dictionaries. */
const KNOWN: Record<string, true> = Object.fromEntries(
	[
		...SUGGESTION_TOPICS.map((topic) => `feedback.topic.${topic}`),
		...COMPLAINT_SUBJECTS.map((subject) => `feedback.subject.${subject}`),
		...HEARD_FROM.map((value) => `feedback.heardFrom.${value}`),
		...GROUP_TYPES.map((value) => `feedback.group.${value}`),
		...RECOMMEND_ANSWERS.map((value) => `feedback.recommend.${value}`),
		...REVIEW_PLATFORMS.map((value) => `staff.entry.platform.${value}`),
	].map((key) => [key, true]),
);

/** The fields where visitors write in their own words, in the order an extract takes them. */
const MESSAGE_FIELDS = ['message', 'description', 'expectation', 'comment'] as const;

/** The start of what the visitor wrote, on one line, cut at a word near `length` characters. */
export function messageExtract(submission: Pick<Submission, 'data'>, length = 120): string {
	const text = MESSAGE_FIELDS.map((field) => submission.data[field])
		.filter((value): value is string => typeof value === 'string' && value.trim() !== '')
		.join(' — ')
		.replace(/\s+/g, ' ')
		.trim();
	if (text.length <= length) return text;
	const cut = text.slice(0, length);
	const space = cut.lastIndexOf(' ');
	return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.—-]+$/, '')}…`;
}

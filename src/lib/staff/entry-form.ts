/**
 * How the entry page ("Saisir une fiche", ./entry.ts) draws each field: its control, its label and
 * its choices, named as the staff read them. Selects rather than radio buttons for the choices and
 * ratings: a stack of paper questionnaires is typed with the keyboard (Tab, a digit, Tab…).
 */
import {
	COMPLAINT_SUBJECTS,
	COUNTRIES,
	DEPARTEMENTS,
	FREQUENT_COUNTRIES,
	GROUP_TYPES,
	HEARD_FROM,
	RATING_QUESTIONS,
	RECOMMEND_ANSWERS,
	SUGGESTION_TOPICS,
} from '../feedback/choices.ts';
import { LIMITS } from '../feedback/schemas.ts';
import { keyUnder, type Translate } from '../i18n/ui.ts';
import { ENTRY_FIELDS, REVIEW_LIMITS, REVIEW_PLATFORMS, type EntryType } from './entry.ts';
import type { Named } from './server.ts';

export interface Option {
	value: string;
	label: string;
}

export type EntryControl =
	| { control: 'select'; options: Option[]; required: boolean }
	| { control: 'text' | 'email' | 'tel' | 'url'; maxlength: number; required: boolean }
	| { control: 'textarea'; maxlength: number; required: boolean }
	| { control: 'number'; min: number; max: number }
	| { control: 'checkbox' };

export type EntryField = EntryControl & { name: string; label: string };

const RATINGS = ['1', '2', '3', '4', '5'];

export function entryFields(
	type: EntryType,
	t: Translate,
	offices: readonly Named[],
	providers: readonly Named[],
): EntryField[] {
	const countryNames = new Intl.DisplayNames(['fr'], { type: 'region' });
	const options = <T extends string>(values: readonly T[], label: (value: T) => string): Option[] =>
		values.map((value) => ({ value, label: label(value) }));
	const countries = [
		...FREQUENT_COUNTRIES,
		...COUNTRIES.filter((code) => !FREQUENT_COUNTRIES.includes(code)).sort((a, b) =>
			(countryNames.of(a) ?? a).localeCompare(countryNames.of(b) ?? b, 'fr'),
		),
	];
	const label = (name: string): string => {
		if (type === 'review' && (name === 'message' || name === 'name'))
			return t(`staff.entry.field.review.${name}`);
		if (type === 'oral' && name === 'message') return t('staff.entry.field.oral.message');
		if (name === 'platform' || name === 'rating' || name === 'link')
			return t(`staff.entry.field.${name}`);
		return t(keyUnder('feedback.field.', name));
	};
	const spec = (name: string): EntryControl => {
		switch (name) {
			case 'topic':
				return {
					control: 'select',
					required: true,
					options: options(SUGGESTION_TOPICS, (value) => t(`feedback.topic.${value}`)),
				};
			case 'subject':
				return {
					control: 'select',
					required: true,
					options: options(COMPLAINT_SUBJECTS, (value) => t(`feedback.subject.${value}`)),
				};
			case 'officeId':
				return {
					control: 'select',
					required: false,
					options: offices.map((office) => ({ value: office.id, label: office.name })),
				};
			case 'providerId':
				return {
					control: 'select',
					required: false,
					options: providers.map((provider) => ({ value: provider.id, label: provider.name })),
				};
			case 'heardFrom':
				return {
					control: 'select',
					required: true,
					options: options(HEARD_FROM, (value) => t(`feedback.heardFrom.${value}`)),
				};
			case 'recommend':
				return {
					control: 'select',
					required: true,
					options: options(RECOMMEND_ANSWERS, (value) => t(`feedback.recommend.${value}`)),
				};
			case 'groupType':
				return {
					control: 'select',
					required: true,
					options: options(GROUP_TYPES, (value) => t(`feedback.group.${value}`)),
				};
			case 'country':
				return {
					control: 'select',
					required: true,
					options: options(countries, (code) => countryNames.of(code) ?? code),
				};
			case 'departement':
				return {
					control: 'select',
					required: false,
					options: options(Object.keys(DEPARTEMENTS), (code) => `${code} – ${DEPARTEMENTS[code]}`),
				};
			case 'platform':
				return {
					control: 'select',
					required: true,
					options: options(REVIEW_PLATFORMS, (value) => t(`staff.entry.platform.${value}`)),
				};
			case 'rating':
			case 'overall':
				return { control: 'select', required: true, options: options(RATINGS, String) };
			case 'groupSize':
				return { control: 'number', min: 1, max: 99 };
			case 'consent':
				return { control: 'checkbox' };
			case 'email':
				return { control: 'email', maxlength: LIMITS.email, required: false };
			case 'phone':
				return { control: 'tel', maxlength: LIMITS.phone, required: false };
			case 'link':
				return { control: 'url', maxlength: REVIEW_LIMITS.link, required: false };
			case 'eventName':
				return { control: 'text', maxlength: LIMITS.eventName, required: false };
			case 'name':
				return { control: 'text', maxlength: LIMITS.name, required: type === 'complaint' };
			case 'message':
			case 'description':
				return { control: 'textarea', maxlength: LIMITS.message, required: true };
			case 'expectation':
				return { control: 'textarea', maxlength: LIMITS.expectation, required: true };
			case 'comment':
				return { control: 'textarea', maxlength: LIMITS.comment, required: false };
			default:
				if ((RATING_QUESTIONS as readonly string[]).includes(name))
					return { control: 'select', required: false, options: options(RATINGS, String) };
				throw new Error(`No control for the entry field ${name}`);
		}
	};
	return ENTRY_FIELDS[type].map((name) => ({ name, label: label(name), ...spec(name) }));
}

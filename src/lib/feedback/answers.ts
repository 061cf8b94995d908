/** A stored answer as people read it, in mail and in the back office. */
import { uiKey, type Translate } from '../server/text.ts';
import { DEPARTEMENTS } from './choices.ts';
import type { FeedbackLocale } from './repository.ts';

/** The dictionary prefix of each choice field's labels. */
export const CHOICE_LABELS: Record<string, string> = {
	topic: 'feedback.topic.',
	subject: 'feedback.subject.',
	heardFrom: 'feedback.heardFrom.',
	groupType: 'feedback.group.',
	recommend: 'feedback.recommend.',
};

/** A stored answer as a person reads it: labels for choices, names for countries. */
export function answerText(
	field: string,
	value: unknown,
	locale: FeedbackLocale,
	t: Translate,
): string {
	if (typeof value !== 'string' && typeof value !== 'number') return '—';
	const shown = String(value);
	if (shown === '') return '—';
	const prefix = CHOICE_LABELS[field];
	if (prefix) return t(uiKey(`${prefix}${shown}`));
	if (field === 'country')
		return new Intl.DisplayNames([locale], { type: 'region' }).of(shown) ?? shown;
	if (field === 'departement') return `${DEPARTEMENTS[shown] ?? ''} (${shown})`;
	if (field === 'consent' || field.startsWith('brochure-')) return t('feedback.yes');
	if (field === 'language')
		return new Intl.DisplayNames([locale], { type: 'language' }).of(shown) ?? shown;
	return shown;
}

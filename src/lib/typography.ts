/**
 * French typography for text written with ordinary spaces: a narrow no-break space before
 * « ; : ! ? » and inside « », so that a line never starts with a colon. English is left as is.
 * @see https://fr.wikipedia.org/wiki/Espace_insécable#En_France
 */
import type { Locale } from './i18n/locales';

const NARROW_NO_BREAK_SPACE = '\u202F';

export function typeset(text: string, locale: Locale): string {
	if (locale !== 'fr') return text;
	return text
		.replace(/ ([;:!?»])/g, `${NARROW_NO_BREAK_SPACE}$1`)
		.replace(/« /g, `«${NARROW_NO_BREAK_SPACE}`);
}

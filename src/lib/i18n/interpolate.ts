/**
 * Placeholders filled in a text of the dictionaries, apart from them: the browser's scripts import
 * this module, which carries no dictionary (src/lib/i18n/ui.ts holds them and re-exports this).
 */
import { contractPrepositions } from './french.ts';
import type { Locale } from './locales.ts';

/**
 * Fills `{{name}}` placeholders; a placeholder without a value is an error, never shown raw. In
 * French, "de" and "à" just before a placeholder join its value as French does ("de" + "Le
 * Pont-de-Montvert" → "du Pont-de-Montvert": src/lib/i18n/french.ts).
 */
export function interpolate(
	template: string,
	values: Record<string, string | number> = {},
	locale: Locale = 'en',
): string {
	const fill = (name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`Missing value for {{${name}}} in "${template}"`);
		return String(value);
	};
	return locale === 'fr'
		? contractPrepositions(template, fill)
		: template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => fill(name));
}

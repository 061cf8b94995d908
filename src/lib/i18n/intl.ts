/**
 * `Intl` formatters made once per language and options, then reused. Making one costs far more
 * than using it: at 10,000 members the build formats distances, dates and prices on tens of
 * thousands of pages, and a formatter made per call was a tenth of its time.
 */
const made = new Map<string, unknown>();

function once<T>(
	kind: string,
	locales: string | readonly string[],
	options: object,
	make: () => T,
): T {
	const key = `${kind}\u0000${String(locales)}\u0000${JSON.stringify(options)}`;
	let formatter = made.get(key) as T | undefined;
	if (formatter === undefined) {
		formatter = make();
		made.set(key, formatter);
	}
	return formatter;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
	once('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}) =>
	once('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const listFormat = (locale: string, options: Intl.ListFormatOptions = {}) =>
	once('list', locale, options, () => new Intl.ListFormat(locale, options));

export const displayNames = (
	locales: string | readonly string[],
	options: Intl.DisplayNamesOptions,
) => once('names', locales, options, () => new Intl.DisplayNames(locales as string[], options));

export const collator = (locale: string, options: Intl.CollatorOptions = {}) =>
	once('collator', locale, options, () => new Intl.Collator(locale, options));

export const pluralRules = (locale: string, options: Intl.PluralRulesOptions = {}) =>
	once('plural', locale, options, () => new Intl.PluralRules(locale, options));

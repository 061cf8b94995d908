import { intlTag, type Locale } from '../i18n/locales';
import { numberFormat } from '../i18n/intl';

/** A file size as visitors read it: "85 ko" / "85 kB", "1,2 Mo" / "1.2 MB" (decimal units). */
export function formatFileSize(bytes: number, locale: Locale): string {
	const tag = intlTag(locale);
	const [unit, value] =
		bytes >= 1_000_000
			? (['megabyte', bytes / 1_000_000] as const)
			: (['kilobyte', Math.max(1, bytes / 1000)] as const);
	const text = numberFormat(tag, {
		style: 'unit',
		unit,
		unitDisplay: 'short',
		maximumFractionDigits: value < 10 ? 1 : 0,
	}).format(value);
	return text;
}

/**
 * French phone numbers, as the office and its members write them ("04 66 45 81 94",
 * "+33(0)4 66 45 81 94", "+33 4 66 45 81 94"), normalised to E.164 ("+33466458194")
 * for `tel:` links and structured data, and formatted back for display.
 */
const SEPARATORS = /[\s.\-()]/g;

/** Returns the E.164 form of a French number, or null when it is not one. */
export function normalizeFrenchPhone(input: string): string | null {
	let digits = input.trim().replace('(0)', '').replace(SEPARATORS, '');
	if (digits.startsWith('+33')) digits = digits.slice(3);
	else if (digits.startsWith('0033')) digits = digits.slice(4);
	else if (digits.startsWith('0')) digits = digits.slice(1);
	else return null;
	return /^[1-9]\d{8}$/.test(digits) ? `+33${digits}` : null;
}

/** No-break space: a phone number must never wrap across lines. */
const NBSP = '\u00a0';

/** "+33466458194" → "+33 4 66 45 81 94" (international) or "04 66 45 81 94" (national), with no-break spaces. */
export function formatFrenchPhone(e164: string, style: 'international' | 'national'): string {
	const national = e164.replace(/^\+33/, '');
	const pairs = national.slice(1).match(/\d{2}/g) ?? [];
	const digits = [national[0], ...pairs].join(NBSP);
	return style === 'international' ? `+33${NBSP}${digits}` : `0${digits}`;
}

/** How a page writes a phone number: national on French pages, international on English ones. */
export function phoneStyleFor(locale: 'fr' | 'en'): 'international' | 'national' {
	return locale === 'en' ? 'international' : 'national';
}

/** A French number as a page in `locale` writes it ("04 66 45 81 94", "+33 4 66 45 81 94"). */
export function formatPhoneFor(e164: string, locale: 'fr' | 'en'): string {
	return formatFrenchPhone(e164, phoneStyleFor(locale));
}

/**
 * The editorial copy of a page in one language, checked against the page's fields: a missing field,
 * an empty text or an unknown field is an error naming `content/copy/<page>.yaml` and the field.
 */
import { COPY_SCHEMAS, type CopyField, type CopyPage } from '../../schemas/copy';
import type { Locale } from '../i18n/locales';

export const copyFile = (page: CopyPage) => `content/copy/${page}.yaml`;

/** The page's texts in `locale`, checked against the page's fields. */
export function copyIn<Page extends CopyPage>(
	page: Page,
	data: unknown,
	locale: Locale,
): Record<CopyField<Page>, string> {
	const result = COPY_SCHEMAS[page].safeParse(data);
	if (!result.success) {
		const problems = result.error.issues.map(
			(issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`,
		);
		throw new Error(`${copyFile(page)}: ${problems.join('; ')}`);
	}
	const texts = result.data as Record<CopyField<Page>, Record<Locale, string>>;
	return Object.fromEntries(
		Object.entries<Record<Locale, string>>(texts).map(([field, text]) => [field, text[locale]]),
	) as Record<CopyField<Page>, string>;
}

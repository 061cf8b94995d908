/**
 * The editorial copy of a page, from `content/copy/<page>.yaml` through the Content Layer: a missing
 * file or field fails the build with the file and the field (docs/editing-content.md).
 */
import { getEntry } from 'astro:content';
import type { CopyPage } from '../../schemas/copy';
import type { Locale } from '../i18n/locales';
import { copyFile, copyIn } from './copy';

/** `await pageCopy('home', locale)` → `{ title, description, heading, … }` in that language. */
export async function pageCopy<Page extends CopyPage>(page: Page, locale: Locale) {
	const entry = await getEntry('copy', page);
	if (!entry) throw new Error(`${copyFile(page)} is missing: the ${page} page's text lives there`);
	return copyIn(page, entry.data, locale);
}

/**
 * What the end-to-end tests expect the site to show, read from the same sources the site is built
 * from: the offices' YAML files, the pages' editorial copy, the UI dictionaries and the route table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import en from '../../content/i18n/en';
import fr from '../../content/i18n/fr';
import type { Locale } from '../../src/lib/i18n/locales';
import { copyIn } from '../../src/lib/content/copy';
import type { CopyPage } from '../../src/schemas/copy';
import { ROOT } from './built-site';

export { pathTo, ROUTES, type PageRef, type RouteName } from '../../src/lib/i18n/routes';
export { LOCALES, type Locale } from '../../src/lib/i18n/locales';

/** The UI strings of each language. */
export const UI: Record<Locale, Record<keyof typeof fr, string>> = { fr, en };

/** A page's editorial copy in one language, from content/copy/<page>.yaml. */
export const pageCopy = <Page extends CopyPage>(page: Page, locale: Locale) =>
	copyIn(page, parse(readFileSync(join(ROOT, `content/copy/${page}.yaml`), 'utf8')), locale);

export interface OfficeFacts {
	id: string;
	name: string;
	headOffice: boolean;
	address: { street: string; postalCode: string; locality: string };
	phone: string;
}

/** Every office in content/offices/, by file name (its id). */
export function offices(): OfficeFacts[] {
	const directory = join(ROOT, 'content/offices');
	return readdirSync(directory)
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.map((file) => {
			const data = parse(readFileSync(join(directory, file), 'utf8')) as Omit<OfficeFacts, 'id'>;
			return { ...data, id: basename(file, '.yaml'), headOffice: data.headOffice === true };
		});
}

export function headOffice(): OfficeFacts {
	const head = offices().find((office) => office.headOffice);
	if (!head) throw new Error('No office has headOffice: true');
	return head;
}

/** "+33 4 66 45 81 94" → "+33466458194", the form of a tel: link. */
export const e164 = (phone: string): string => phone.replace(/[^\d+]/g, '');

import type { RouteName } from './i18n/routes';
import type { UiKey } from './i18n/ui';

/** The header's main sections, in order. A section appears here once its pages exist. */
export const MAIN_NAVIGATION: { route: RouteName; label: UiKey }[] = [
	{ route: 'discover', label: 'nav.discover' },
	{ route: 'stay', label: 'nav.stay' },
	{ route: 'hikes', label: 'nav.hikes' },
	{ route: 'events', label: 'nav.events' },
	{ route: 'offices', label: 'nav.offices' },
	{ route: 'map', label: 'nav.map' },
	{ route: 'contact', label: 'nav.contact' },
];

/** Whether `pathname` is in the section whose index is `sectionPath`. */
export function isInSection(pathname: string, sectionPath: string): boolean {
	const normalised = pathname.endsWith('/') ? pathname : `${pathname}/`;
	return sectionPath !== '/' && sectionPath !== '/en/' && normalised.startsWith(sectionPath);
}

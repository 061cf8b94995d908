import type { RouteName } from './i18n/routes';
import type { UiKey } from './i18n/ui';

/** A section of the main navigation; `children` are shown in the phone menu's panel only. */
export interface NavigationItem {
	route: RouteName;
	label: UiKey;
	/** Other sections whose pages count as this one (the link is marked current there). */
	also?: readonly RouteName[];
	children?: readonly { route: RouteName; label: UiKey }[];
}

/** The header's main sections, in order: what a visitor looks for first. */
export const MAIN_NAVIGATION: readonly NavigationItem[] = [
	{ route: 'discover', label: 'nav.discover' },
	{ route: 'stay', label: 'nav.stay' },
	{ route: 'eat', label: 'nav.eat' },
	{
		route: 'activities',
		label: 'nav.do',
		also: ['producers', 'shops'],
		children: [
			{ route: 'activities', label: 'nav.activities' },
			{ route: 'producers', label: 'nav.producers' },
			{ route: 'shops', label: 'nav.shops' },
		],
	},
	{ route: 'hikes', label: 'nav.hikes' },
	{ route: 'events', label: 'nav.events' },
	{ route: 'map', label: 'nav.map' },
	{ route: 'practical', label: 'nav.practical' },
	{
		route: 'offices',
		label: 'nav.offices',
		also: ['contact'],
		children: [
			{ route: 'offices', label: 'nav.officesList' },
			{ route: 'contact', label: 'nav.contact' },
		],
	},
];

/** Whether `pathname` is in the section whose index is `sectionPath`. */
export function isInSection(pathname: string, sectionPath: string): boolean {
	const normalised = pathname.endsWith('/') ? pathname : `${pathname}/`;
	return sectionPath !== '/' && sectionPath !== '/en/' && normalised.startsWith(sectionPath);
}

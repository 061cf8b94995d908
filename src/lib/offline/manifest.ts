/**
 * The web app manifest of each language: what a phone shows when the site is installed on its
 * home screen. Both languages are the same app (`id`, `scope`); the English one opens on /en/.
 * @see https://developer.mozilla.org/en-US/docs/Web/Progressive_web_apps/Manifest
 */
import type { Locale } from '../i18n/locales';
import { pathTo, type RouteName } from '../i18n/routes';
import type { Translate, UiKey } from '../i18n/ui';

/** The logo's forest green (public/favicon.svg): the title bar and the splash screen. */
export const THEME_COLOR = '#235c3b';
export const BACKGROUND_COLOR = '#ffffff';

/** The icons drawn from the logo by scripts/pwa/icons.ts. */
export const APP_ICONS = [
	{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
	{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
	{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

export const APPLE_TOUCH_ICON = '/icons/apple-touch-icon.png';

/** The shortcuts of the installed app's icon (a long press on Android). */
const SHORTCUTS: { route: RouteName; label: UiKey }[] = [
	{ route: 'map', label: 'nav.map' },
	{ route: 'hikes', label: 'nav.hikes' },
	{ route: 'events', label: 'nav.events' },
];

export function webAppManifest(locale: Locale, t: Translate) {
	return {
		id: '/',
		lang: locale,
		dir: 'ltr',
		name: t('site.name'),
		short_name: t('site.shortName'),
		description: t('app.description'),
		start_url: pathTo({ route: 'home' }, locale),
		scope: '/',
		display: 'standalone',
		orientation: 'any',
		theme_color: THEME_COLOR,
		background_color: BACKGROUND_COLOR,
		categories: ['travel', 'navigation'],
		icons: APP_ICONS,
		shortcuts: SHORTCUTS.map(({ route, label }) => ({
			name: t(label),
			url: pathTo({ route }, locale),
			icons: [{ src: APP_ICONS[0].src, sizes: APP_ICONS[0].sizes, type: APP_ICONS[0].type }],
		})),
	};
}

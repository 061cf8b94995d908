/** The web app manifest's endpoint, shared by its French and English routes. */
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { webAppManifest } from './manifest';

export function manifestResponse(locale: Locale): Response {
	return new Response(JSON.stringify(webAppManifest(locale, useTranslations(locale)), null, '\t'), {
		headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
	});
}

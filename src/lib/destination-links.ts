/**
 * The pill links the destination pages draw to other destination pages (PillLinks): a theme's
 * name is translated, a sector's and a village's are place names, the same in both languages.
 */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from './i18n/locales';
import { pathTo } from './i18n/routes';

export interface PillLink {
	href: string;
	label: string;
}

export function themeLinks(themes: CollectionEntry<'themes'>[], locale: Locale): PillLink[] {
	return themes.map((theme) => ({
		href: pathTo({ route: 'theme', id: theme.id }, locale),
		label: theme.data.name[locale],
	}));
}

export function sectorLinks(sectors: CollectionEntry<'sectors'>[], locale: Locale): PillLink[] {
	return sectors.map((sector) => ({
		href: pathTo({ route: 'sector', id: sector.id }, locale),
		label: sector.data.name,
	}));
}

export function villageLinks(villages: CollectionEntry<'villages'>[], locale: Locale): PillLink[] {
	return villages.map((village) => ({
		href: pathTo({ route: 'village', id: village.id }, locale),
		label: village.data.name,
	}));
}

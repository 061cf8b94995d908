/**
 * What a provider's card shows, in one language, computed once for the card the page renders
 * (ProviderCard.astro) and for the list's index (./list-index.ts), from which the filters draw the
 * cards of other pages: the two always agree. Name, kind and village first, then the figures
 * visitors compare: the price from, the capacity, whether pets are welcome; then the labels.
 */
import type { Locale } from '../i18n/locales';
import { pathTo } from '../i18n/routes';
import type { Translate } from '../i18n/ui';
import type { ProviderCategory } from '../datatourisme/vocabulary';
import { kindName, labelText, priceFromText } from './present';
import { providerPage } from './routes';

/** What the card reads of a provider (the collection's data). */
export interface CardSource {
	name: string;
	category: ProviderCategory;
	kinds: readonly string[];
	capacity?: number | undefined;
	petsAllowed?: boolean | undefined;
	sample: boolean;
	labels: Parameters<typeof labelText>[0][];
	prices: Parameters<typeof priceFromText>[0]['prices'];
}

export interface ProviderCardModel {
	/** The provider's page. */
	href: string;
	name: string;
	/** "Gîte · Vialas". */
	line: string;
	/** "From €60 a night", "6 people", "Pets welcome", in that order; only those known. */
	facts: string[];
	/** The labels, with their level ("Gîtes de France 3 épis"). */
	labels: string[];
	/** Sample data, marked as an example on the card. */
	sample: boolean;
}

export function providerCardModel(
	id: string,
	data: CardSource,
	villageName: string,
	t: Translate,
	locale: Locale,
): ProviderCardModel {
	return {
		href: pathTo(providerPage(data.category, id), locale),
		name: data.name,
		line: [kindName(data.kinds[0] ?? '', t), villageName].filter(Boolean).join(' · '),
		facts: [
			priceFromText(data, t, locale),
			data.capacity ? t('providers.card.capacity', { count: data.capacity }) : undefined,
			data.petsAllowed ? t('providers.card.pets') : undefined,
		].filter((fact): fact is string => fact !== undefined),
		labels: data.labels.map((label) => labelText(label, t, locale)),
		sample: data.sample,
	};
}

/**
 * A pictogram per provider category, drawn for the site on a 24 × 24 grid: on cards, and over
 * the drawn landscape that stands in for a photo.
 */
import type { ProviderCategory } from '../../lib/datatourisme/vocabulary';

export const PICTOGRAMS: Record<ProviderCategory, string> = {
	/** A stone house with a chimney. */
	accommodation: 'M12 3.5l8.5 7.5h-2.7v8.5h-4.1v-5.2h-3.4v5.2H6.2V11H3.5l4-3.5V4.5h2.2v1.1z',
	/** Fork and knife. */
	restaurant:
		'M6 3h1.4v5h1V3h1.4v5h1V3h1.4v6.2a2.6 2.6 0 0 1-2 2.5V21H8.2v-9.3a2.6 2.6 0 0 1-2.2-2.5z M17.8 3C19 3 20 5.2 20 8.4V13h-1.9v8h-2.2V3z',
	/** A ridge and a flag. */
	activity: 'M2.5 20l6.5-11 3.5 5.8 2.5-3.8 6.5 9z M14 4h1.3v5H14z M15.3 4l4 1.5-4 1.5z',
	/** A chestnut leaf. */
	producer:
		'M20 4c-9.5 0-15 4.5-15 11.2 0 1.1.2 2.2.6 3.1L3.5 20.4l1.1 1.1 2.1-2.1c.9.4 2 .6 3.1.6C16.5 20 20 14.6 20 4z',
	/** A shopping basket. */
	shop: 'M3 9h18l-1.8 10.2a1.5 1.5 0 0 1-1.5 1.3H6.3a1.5 1.5 0 0 1-1.5-1.3z M7.5 9l3-5.5 1.7.9L9.7 9z M16.5 9l-3-5.5-1.7.9L14.3 9z',
};

/** The colour of each category: white pictograms on it keep a contrast above 4.5:1. */
export const CATEGORY_COLOURS: Record<ProviderCategory, string> = {
	accommodation: '#8a3f14',
	restaurant: '#7a2e4a',
	activity: '#1f5f7a',
	producer: '#3f6b1f',
	shop: '#5b4a8a',
};

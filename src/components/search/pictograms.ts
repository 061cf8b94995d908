/**
 * The pictogram of each kind of result, for cards that have no photo: the map's symbols and the
 * providers' pictograms (24 × 24, white on the kind's colour; every colour keeps white above a
 * 4.5:1 contrast), and a page for the editorial pages.
 */
import { MARKER_SYMBOLS } from '../../lib/map/symbols';
import type { SearchKind } from '../../lib/search/kinds';
import { CATEGORY_COLOURS, PICTOGRAMS } from '../providers/pictograms';

export const KIND_PICTOGRAMS: Record<SearchKind, { path: string; colour: string }> = {
	office: { path: MARKER_SYMBOLS.info, colour: '#17422a' },
	accommodation: { path: PICTOGRAMS.accommodation, colour: CATEGORY_COLOURS.accommodation },
	restaurant: { path: PICTOGRAMS.restaurant, colour: CATEGORY_COLOURS.restaurant },
	activity: { path: PICTOGRAMS.activity, colour: CATEGORY_COLOURS.activity },
	producer: { path: PICTOGRAMS.producer, colour: CATEGORY_COLOURS.producer },
	shop: { path: PICTOGRAMS.shop, colour: CATEGORY_COLOURS.shop },
	hike: { path: MARKER_SYMBOLS.signpost, colour: '#235c3b' },
	event: { path: MARKER_SYMBOLS.star, colour: '#8a4b00' },
	/** A page with a folded corner and three lines of text (cut out: drawn even-odd). */
	page: {
		path: 'M5.5 2.5h9l4.5 4.5v14.5H5.5z M8 10h8v1.6H8z M8 13.5h8v1.6H8z M8 17h5.5v1.6H8z',
		colour: '#4a5560',
	},
};

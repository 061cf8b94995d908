/**
 * Marker symbols, drawn for the site: one SVG path each, on a 24 × 24 grid, painted white on the
 * layer's colour. A symbol per layer means colour is never the only way to tell layers apart.
 */
export const MARKER_SYMBOLS = {
	/** Information office: a lower-case "i". */
	info: 'M10.6 10h2.8v9h-2.8z M12 4.5a1.8 1.8 0 1 1 0 3.6a1.8 1.8 0 0 1 0-3.6z',
	/** Accommodation: a house. */
	house: 'M12 3.5l8.5 7.5h-2.7v8.5h-4.1v-5.2h-3.4v5.2H6.2V11H3.5z',
	/** Restaurant: fork and knife. */
	cutlery:
		'M6 3h1.4v5h1V3h1.4v5h1V3h1.4v6.2a2.6 2.6 0 0 1-2 2.5V21H8.2v-9.3a2.6 2.6 0 0 1-2.2-2.5z M17.8 3C19 3 20 5.2 20 8.4V13h-1.9v8h-2.2V3z',
	/** Activity: a mountain with a flag. */
	mountain: 'M2.5 20l6.5-11 3.5 5.8 2.5-3.8 6.5 9z M14 4h1.3v5H14z M15.3 4l4 1.5-4 1.5z',
	/** Producer: a leaf. */
	leaf: 'M20 4c-9.5 0-15 4.5-15 11.2 0 1.1.2 2.2.6 3.1L3.5 20.4l1.1 1.1 2.1-2.1c.9.4 2 .6 3.1.6C16.5 20 20 14.6 20 4z',
	/** Hike: a trail signpost. */
	signpost: 'M11 2.5h2v2.2h5.2l2.3 2.8-2.3 2.8H13V21h-2V13H5.8l-2.3-2.8 2.3-2.8H11z',
	/** Event: a star. */
	star: 'M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.2l-5.7 3.1 1.2-6.4-4.7-4.4 6.4-.8z',
} as const;

export type MarkerSymbol = keyof typeof MARKER_SYMBOLS;

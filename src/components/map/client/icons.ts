/** The markers' drawings: a disc in the layer's colour with its symbol or a count. */

/** A round marker of a colour, with white content (a symbol or a count). */
export const svgMarker = (color: string, content: string): string =>
	`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="11" fill="${color}"/>${content}</svg>`;

/** A layer's symbol (an SVG path on a 24-unit grid), inside the disc. */
export const symbolPath = (symbol: string): string =>
	`<path d="${symbol}" fill="#fff" transform="translate(4.5 4.5) scale(.625)"/>`;

/** A cluster's count, centred in the disc. */
export const countText = (count: string | number): string =>
	`<text x="12" y="12" dy=".35em" text-anchor="middle">${count}</text>`;

/** A count that fits a marker: 999, 1.2k, 12k. */
export const abbreviate = (count: number): string =>
	count >= 10_000
		? `${Math.round(count / 1000)}k`
		: count >= 1000
			? `${(count / 1000).toFixed(1)}k`
			: String(count);

/**
 * Bar charts drawn on the server as SVG (no chart library shipped): this computes the geometry,
 * src/components/staff/BarChart.astro writes the elements (so every label is escaped). Sized in
 * a viewBox, the charts scale to the page and print sharply on A4.
 */

export interface ChartItem {
	label: string;
	value: number;
	/** What is printed after the bar (the value by default): "12 (40 %)". */
	display?: string | undefined;
	/** The same figure a year earlier, drawn as a thin bar under the first on the same scale. */
	previous?: number | undefined;
	/** What is printed after that bar: "l'an dernier 35 %". */
	previousDisplay?: string | undefined;
}

/** A row: its label on one line, the bar under it with the value after the bar. */
export interface Bar {
	label: string;
	display: string;
	/** Top of the row. */
	y: number;
	/** Bar width, in viewBox units. */
	width: number;
	/** Last year's bar, when given. */
	previous?: { width: number; display: string } | undefined;
}

export interface BarChartLayout {
	width: number;
	height: number;
	/** Baseline of a row's label, from the top of the row. */
	labelBaseline: number;
	/** Top of a row's bar, from the top of the row. */
	barTop: number;
	barHeight: number;
	/** Top and height of last year's thin bar, from the top of the row. */
	previousTop: number;
	previousHeight: number;
	rowHeight: number;
	bars: Bar[];
	/** A text alternative: "Label: 12, Other: 3". */
	summary: string;
}

/**
 * Narrow and tall (labels above their bars), so that the text stays readable on a phone as well
 * as on paper: 400 units wide, 15-unit text.
 */
export const CHART = {
	width: 400,
	valueWidth: 90,
	rowHeight: 46,
	labelBaseline: 17,
	barTop: 23,
	barHeight: 16,
	previousHeight: 7,
	/** What a row grows by when it also shows last year. */
	previousRow: 12,
};

/** Labels longer than this are shortened in the drawing (the summary keeps them whole). */
const MAX_LABEL = 48;

export const shorten = (label: string) =>
	label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;

/**
 * Horizontal bars, one row per item, on a fixed scale from 0 to `max` (the same for every chart
 * of a kind: 5 for ratings, 100 for shares), or to the largest value when no `max` is given.
 */
export function barChart(items: readonly ChartItem[], max?: number): BarChartLayout {
	const { width, valueWidth, barHeight, labelBaseline, barTop, previousHeight } = CHART;
	const compared = items.some((item) => item.previous !== undefined);
	const rowHeight = CHART.rowHeight + (compared ? CHART.previousRow : 0);
	const scaleMax = max ?? Math.max(...items.map((item) => item.value), 1);
	const area = width - valueWidth;
	const scaled = (value: number) =>
		Math.round((Math.min(Math.max(0, value), scaleMax) / scaleMax) * area * 10) / 10;
	const bars = items.map((item, index) => ({
		label: shorten(item.label),
		display: item.display ?? String(item.value),
		y: index * rowHeight,
		width: scaled(item.value),
		previous:
			item.previous === undefined
				? undefined
				: { width: scaled(item.previous), display: item.previousDisplay ?? String(item.previous) },
	}));
	return {
		width,
		height: Math.max(rowHeight, items.length * rowHeight),
		labelBaseline,
		barTop,
		barHeight,
		previousTop: barTop + barHeight + 3,
		previousHeight,
		rowHeight,
		bars,
		summary: items
			.map(
				(item) =>
					`${item.label} : ${item.display ?? item.value}` +
					(item.previous === undefined ? '' : ` (${item.previousDisplay ?? item.previous})`),
			)
			.join(', '),
	};
}

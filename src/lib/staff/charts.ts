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
}

export interface Bar {
	label: string;
	display: string;
	/** Top of the row. */
	y: number;
	/** Bar width, in viewBox units. */
	width: number;
}

export interface BarChartLayout {
	width: number;
	height: number;
	labelWidth: number;
	barHeight: number;
	rowHeight: number;
	bars: Bar[];
	/** A text alternative: "Label: 12, Other: 3". */
	summary: string;
}

export const CHART = { width: 640, labelWidth: 220, valueWidth: 90, rowHeight: 30, barHeight: 20 };

/** Labels longer than this are shortened in the drawing (the summary keeps them whole). */
const MAX_LABEL = 30;

export const shorten = (label: string) =>
	label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;

/** Horizontal bars, one row per item, scaled to the largest value (or `max`). */
export function barChart(items: readonly ChartItem[], max?: number): BarChartLayout {
	const { width, labelWidth, valueWidth, rowHeight, barHeight } = CHART;
	const scaleMax = Math.max(max ?? 0, ...items.map((item) => item.value), 1);
	const area = width - labelWidth - valueWidth;
	const bars = items.map((item, index) => ({
		label: shorten(item.label),
		display: item.display ?? String(item.value),
		y: index * rowHeight,
		width: Math.round((Math.max(0, item.value) / scaleMax) * area * 10) / 10,
	}));
	return {
		width,
		height: Math.max(rowHeight, items.length * rowHeight),
		labelWidth,
		barHeight,
		rowHeight,
		bars,
		summary: items.map((item) => `${item.label} : ${item.display ?? item.value}`).join(', '),
	};
}

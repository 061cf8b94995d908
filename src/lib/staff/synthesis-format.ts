/**
 * The synthesis in words, the same on the page, on paper and in the PDF: each figure with its
 * sample size and the same period a year earlier, hidden under `MIN_SAMPLE` answers ("trop peu
 * de réponses (n = 3)"); the charts' items on one scale per figure type (ratings on 1–5, shares
 * on 0–100 %); French numbers, days and plurals from Intl.
 */
import { STAFF_TAG } from '../i18n/locales.ts';
import { keyUnder, type Translate, type UiKey } from '../i18n/ui.ts';
import type { ChartItem } from './charts.ts';
import type { StaffLabels } from './labels.ts';
import { SEASON_START_MONTH, type Period } from './periods.ts';
import { shown, type Compared, type Count, type Synthesis } from './synthesis.ts';

const DECIMAL = new Intl.NumberFormat(STAFF_TAG, {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1,
});
const PERCENT = new Intl.NumberFormat(STAFF_TAG, { style: 'percent', maximumFractionDigits: 0 });
/** "0 jour", "1,5 jour", "3 jours": French agreement from Intl. */
const DAYS = new Intl.NumberFormat(STAFF_TAG, {
	style: 'unit',
	unit: 'day',
	unitDisplay: 'long',
	maximumFractionDigits: 1,
});
const PLURAL = new Intl.PluralRules(STAFF_TAG);

/** The keys that have a `.one` and an `.other` text. */
type PluralBase = {
	[Key in UiKey]: Key extends `${infer Base}.one`
		? `${Base}.other` extends UiKey
			? Base
			: never
		: never;
}[UiKey];

/** The key of a count's text by French plural rules: 0 and 1 take the singular. */
export const pluralKey = (base: PluralBase, count: number) =>
	PLURAL.select(count) === 'one' ? (`${base}.one` as const) : (`${base}.other` as const);

export const formatDays = (days: number) => DAYS.format(days);
export const formatPercent = (share: number) => PERCENT.format(share);
export const formatRating = (mean: number) => DECIMAL.format(mean);

/** "Été 2026", "Hiver 2026-2027", "Année 2026". */
export function periodLabel(t: Translate, period: Period): string {
	if (!period.season) return t('staff.synthesis.period.year', { year: period.year });
	const crosses = SEASON_START_MONTH[period.season] + 2 > 12;
	return t(`staff.synthesis.season.${period.season}`, {
		year: crosses ? `${period.year}-${period.year + 1}` : period.year,
	});
}

/** One figure of the table: its value (or why it is hidden) now and a year earlier. */
export interface Figure {
	label: string;
	/** The value, or "trop peu de réponses (n = 3)" / "aucune réponse". */
	value: string;
	/** Whether `value` is a figure (false: hidden or absent). */
	shown: boolean;
	/** "12 réponses". */
	sample: string;
	previous: string;
}

/** A value from `count` answers, hidden under the threshold. */
function valueOf(t: Translate, count: number, value: () => string): string {
	if (count === 0) return t('staff.synthesis.noAnswer');
	if (!shown(count)) return t('staff.synthesis.tooFew', { count });
	return value();
}

export function sampleText(t: Translate, count: number): string {
	return t(pluralKey('staff.synthesis.sample', count), { count });
}

/** The figures of a synthesis beside a year earlier, in the order the table lists them. */
export function figures(t: Translate, { current, previous }: Compared): Figure[] {
	const rows: Figure[] = [];
	const add = (label: string, now: [number, () => string], before: [number, () => string]) =>
		rows.push({
			label,
			value: valueOf(t, now[0], now[1]),
			shown: shown(now[0]),
			sample: sampleText(t, now[0]),
			previous:
				before[0] === 0
					? t('staff.synthesis.noAnswer')
					: `${valueOf(t, before[0], before[1])}${shown(before[0]) ? ` (n = ${before[0]})` : ''}`,
		});
	current.ratings.forEach((rating, index) => {
		const last = previous.ratings[index] ?? rating;
		if (rating.count === 0 && last.count === 0) return;
		add(
			t('staff.synthesis.figure.rating', {
				question: t(`feedback.field.${rating.question}`),
			}),
			[rating.count, () => formatRating(rating.mean ?? 0)],
			[last.count, () => formatRating(last.mean ?? 0)],
		);
	});
	const answered = (synthesis: Synthesis) => synthesis.recommend.yes + synthesis.recommend.no;
	if (answered(current) + answered(previous) > 0)
		add(
			t('staff.synthesis.figure.recommend'),
			[answered(current), () => formatPercent(current.recommend.share ?? 0)],
			[answered(previous), () => formatPercent(previous.recommend.share ?? 0)],
		);
	if (current.groupSize.count + previous.groupSize.count > 0)
		add(
			t('staff.synthesis.figure.groupSize'),
			[current.groupSize.count, () => formatRating(current.groupSize.mean ?? 0)],
			[previous.groupSize.count, () => formatRating(previous.groupSize.mean ?? 0)],
		);
	const median = (synthesis: Synthesis) => synthesis.complaints.answered;
	if (current.complaints.due + previous.complaints.due > 0) {
		add(
			t('staff.synthesis.figure.median'),
			[median(current), () => formatDays((current.complaints.medianAnswerHours ?? 0) / 24)],
			[median(previous), () => formatDays((previous.complaints.medianAnswerHours ?? 0) / 24)],
		);
		add(
			t('staff.synthesis.figure.within'),
			[current.complaints.due, () => formatPercent(current.complaints.withinDeadlineShare ?? 0)],
			[previous.complaints.due, () => formatPercent(previous.complaints.withinDeadlineShare ?? 0)],
		);
	}
	return rows;
}

/** A distribution drawn as shares (0–100 %), or why it is not. */
export interface ShareChart {
	title: string;
	total: number;
	/** Under the threshold: the chart is replaced by this text. */
	hidden?: string | undefined;
	items: ChartItem[];
}

/**
 * Each value's share of the answers (0–100 %), with last year's share beside it; `name` names a
 * value. Values only last year had are listed too (at 0 %).
 */
export function shareChart(
	t: Translate,
	title: string,
	now: readonly Count[],
	before: readonly Count[],
	name: (value: string) => string,
	{ threshold = true } = {},
): ShareChart {
	const total = now.reduce((sum, item) => sum + item.count, 0);
	const lastTotal = before.reduce((sum, item) => sum + item.count, 0);
	const share = (count: number, of: number) => (of ? (count / of) * 100 : 0);
	const values = [...now.map((item) => item.value)];
	for (const item of before)
		if (item.count > 0 && !values.includes(item.value)) values.push(item.value);
	const lastShown = threshold ? shown(lastTotal) : lastTotal > 0;
	const items = values
		.map((value) => {
			const count = now.find((item) => item.value === value)?.count ?? 0;
			const last = before.find((item) => item.value === value)?.count ?? 0;
			return {
				label: name(value),
				value: share(count, total),
				display: `${formatPercent(share(count, total) / 100)} (${count})`,
				...(lastShown
					? {
							previous: share(last, lastTotal),
							previousDisplay: t('staff.synthesis.lastYearShort', {
								value: formatPercent(share(last, lastTotal) / 100),
							}),
						}
					: {}),
			};
		})
		.filter((item) => item.value > 0 || (item.previous ?? 0) > 0);
	return {
		title,
		total,
		hidden: threshold && !shown(total) ? t('staff.synthesis.tooFew', { count: total }) : undefined,
		items,
	};
}

/** The distributions of a synthesis (questionnaires, then complaints and suggestions). */
export function shareCharts(t: Translate, labels: StaffLabels, { current, previous }: Compared) {
	const questionnaire = [
		shareChart(
			t,
			t('staff.synthesis.countries'),
			current.countries,
			previous.countries,
			labels.country,
		),
		shareChart(
			t,
			t('staff.synthesis.departements'),
			current.departements,
			previous.departements,
			labels.departement,
		),
		shareChart(t, t('staff.synthesis.groups'), current.groups, previous.groups, (value) =>
			t(keyUnder('feedback.group.', value)),
		),
		shareChart(t, t('staff.synthesis.heardFrom'), current.heardFrom, previous.heardFrom, (value) =>
			t(keyUnder('feedback.heardFrom.', value)),
		),
	].filter((chart) => chart.total > 0);
	/** Complaints and suggestions are counted, not sampled: their shares are never hidden. */
	const handled = (kind: 'complaint' | 'suggestion') => {
		const key = kind === 'complaint' ? 'complaints' : 'suggestions';
		return [
			shareChart(
				t,
				t('staff.synthesis.byTopic'),
				current[key].byTopic,
				previous[key].byTopic,
				(value) => labels.topic(kind, value),
				{ threshold: false },
			),
			shareChart(
				t,
				t('staff.synthesis.byStatus'),
				current[key].byStatus,
				previous[key].byStatus,
				(value) => labels.status(value as 'new'),
				{ threshold: false },
			),
		].filter((chart) => chart.total > 0);
	};
	return { questionnaire, complaints: handled('complaint'), suggestions: handled('suggestion') };
}

/** The heading of a comment group: "Suggestions — Le site internet (3)". */
export function commentGroupTitle(
	t: Translate,
	labels: StaffLabels,
	group: {
		kind: 'questionnaire' | 'suggestion' | 'complaint';
		topic?: string | undefined;
		count: number;
	},
): string {
	const subject =
		group.kind === 'questionnaire'
			? t('staff.synthesis.comments.remarks')
			: `${t(`staff.synthesis.comments.${group.kind}`)} — ${labels.topic(group.kind, group.topic) || t('staff.synthesis.comments.noTopic')}`;
	return `${subject} (${group.count})`;
}

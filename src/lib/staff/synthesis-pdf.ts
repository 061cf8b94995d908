/**
 * A period's synthesis as a PDF for the groupe qualité (pdf-lib, through the brochures' page
 * writer): a cover with the office's name, the period and the day it was made; then, overall and
 * per office, the figures beside a year earlier (hidden under the threshold, with their sample
 * sizes), the distributions as shares; the visitors' comments by subject; the improvements and
 * actions the group wrote. The same words as the page (./synthesis-format.ts). Visitors' text is
 * drawn as text: nothing in it is read as markup.
 */
import { BrochureWriter } from '../brochures/pdf-writer.ts';
import { STAFF_TAG } from '../i18n/locales.ts';
import type { Translate } from '../i18n/ui.ts';
import { frenchDate, frenchDateTime } from './filters.ts';
import type { StaffLabels } from './labels.ts';
import {
	commentGroupTitle,
	figures,
	periodLabel,
	shareCharts,
	type ShareChart,
} from './synthesis-format.ts';
import type { SynthesisNotes } from './synthesis-notes.ts';
import type { Compared, PeriodSynthesis } from './synthesis.ts';

export interface SynthesisPdfInput {
	t: Translate;
	labels: StaffLabels;
	synthesis: PeriodSynthesis;
	notes?: SynthesisNotes | undefined;
	now: Date;
	complaintDueDays: number;
}

function section(
	writer: BrochureWriter,
	{ t, labels }: SynthesisPdfInput,
	heading: string,
	compared: Compared,
): void {
	const { current } = compared;
	writer.heading(heading, 2);
	writer.text(
		t('staff.synthesis.counts', {
			questionnaires: current.questionnaires,
			complaints: current.complaints.total,
			suggestions: current.suggestions.total,
		}),
		{ size: 9.5 },
	);
	const rows = figures(t, compared);
	if (rows.length) {
		writer.heading(t('staff.synthesis.figures'), 3, 40);
		for (const row of rows)
			writer.entry(row.label, [
				`${row.value}${row.shown ? ` (${row.sample})` : ''}`,
				`${t('staff.synthesis.lastYear')} : ${row.previous}`,
			]);
	}
	const charts = shareCharts(t, labels, compared);
	const chartLines = (chart: ShareChart) =>
		chart.hidden
			? [chart.hidden]
			: chart.items.map(
					(item) =>
						`${item.label} : ${item.display ?? ''}${item.previousDisplay ? ` — ${item.previousDisplay}` : ''}`,
				);
	for (const [title, list] of [
		[t('staff.synthesis.questionnaireShares'), charts.questionnaire],
		[t('staff.synthesis.complaintsTitle'), charts.complaints],
		[t('staff.synthesis.suggestionsTitle'), charts.suggestions],
	] as const)
		if (list.length) {
			writer.heading(title, 3, 40);
			for (const chart of list) writer.entry(chart.title, chartLines(chart));
		}
}

/** The PDF's bytes. */
export async function synthesisPdf(input: SynthesisPdfInput): Promise<Uint8Array> {
	const { t, labels, synthesis, notes, now } = input;
	const label = periodLabel(t, synthesis.period);
	const writer = await BrochureWriter.create(
		{
			title: `${t('staff.synthesis.title')} — ${label}`,
			subject: t('staff.synthesis.kicker'),
			author: t('site.name'),
			language: STAFF_TAG,
			date: now,
		},
		'A4',
	);
	writer.cover({
		kicker: t('staff.synthesis.kicker'),
		title: t('staff.synthesis.title'),
		subtitle: label,
		publisher: t('site.name'),
		lines: [t('staff.synthesis.madeOn', { date: frenchDate(now) })],
	});
	section(writer, input, t('staff.synthesis.overall'), synthesis.overall);
	for (const office of synthesis.offices)
		section(
			writer,
			input,
			t('staff.synthesis.office', { name: labels.office(office.officeId) }),
			office,
		);

	const groups = synthesis.overall.current.comments;
	writer.heading(t('staff.synthesis.comments.title'), 2);
	if (!groups.length) writer.paragraph(t('staff.synthesis.comments.none'));
	for (const group of groups)
		writer.entry(
			commentGroupTitle(t, labels, group),
			group.comments.map((comment) => `« ${comment.text} » (${comment.reference})`),
		);

	writer.heading(t('staff.synthesis.notes.title'), 2);
	for (const part of ['improvements', 'actions'] as const) {
		writer.heading(t(`staff.synthesis.notes.${part}`), 3, 30);
		writer.paragraph(notes?.[part] || t('staff.synthesis.notes.empty'));
	}
	if (notes)
		writer.note(
			t('staff.synthesis.notes.updated', {
				date: frenchDateTime(notes.updatedAt),
				by: notes.updatedBy,
			}),
		);
	const built = await writer.finish({
		contact: `${t('site.name')} — ${t('staff.synthesis.title')}, ${label}`,
		pageLabel: (page, count) => `${page} / ${count}`,
	});
	return built.bytes;
}

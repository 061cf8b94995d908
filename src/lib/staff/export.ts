/**
 * The CSV export's response: the filtered submissions, labelled in French, as an attachment named
 * after the kind when the view has one ("reclamations-2026-12-07.csv").
 */
import type { APIContext } from 'astro';
import type { FeedbackKind } from '../feedback/choices.ts';
import { useTranslations } from '../i18n/ui.ts';
import { CSV_CONTENT_TYPE, submissionsCsv } from './csv.ts';
import { parisDate } from './filters.ts';
import { staffLabels } from './labels.ts';
import { exportSubmissions } from './pages.ts';

const COLUMNS = [
	'reference',
	'kind',
	'status',
	'received',
	'source',
	'dated',
	'due',
	'overdue',
	'topic',
	'office',
	'provider',
	'page',
	'name',
	'email',
	'phone',
	'forwardedTo',
	'answer',
	'answeredAt',
	'closedAt',
	'locale',
] as const;

/** File names by kind: plain ASCII, what the office would name them. */
const FILE_NAMES: Record<FeedbackKind, string> = {
	suggestion: 'suggestions',
	complaint: 'reclamations',
	questionnaire: 'questionnaires',
	brochureRequest: 'demandes-de-brochures',
};

export async function submissionsCsvResponse(context: APIContext): Promise<Response> {
	const { submissions, offices, providers, now, kind } = await exportSubmissions(context);
	const t = useTranslations('fr');
	const csv = submissionsCsv(
		submissions,
		{
			header: COLUMNS.map((column) => t(`staff.col.${column}`)),
			names: staffLabels(t, offices, providers),
			yes: t('staff.yes'),
		},
		now,
		kind,
	);
	const name = kind ? FILE_NAMES[kind] : 'messages';
	return new Response(csv, {
		headers: {
			'Content-Type': CSV_CONTENT_TYPE,
			'Content-Disposition': `attachment; filename="${name}-${parisDate(now)}.csv"`,
		},
	});
}

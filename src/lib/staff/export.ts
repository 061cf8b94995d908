/** The CSV export's response: the filtered submissions, labelled in French, as an attachment. */
import type { APIContext } from 'astro';
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

export async function submissionsCsvResponse(context: APIContext): Promise<Response> {
	const { submissions, offices, providers, now } = await exportSubmissions(context);
	const t = useTranslations('fr');
	const labels = staffLabels(t, offices, providers);
	const csv = submissionsCsv(
		submissions,
		{
			header: COLUMNS.map((column) => t(`staff.col.${column}`)),
			kind: labels.kind,
			status: labels.status,
			yes: t('staff.yes'),
		},
		now,
	);
	return new Response(csv, {
		headers: {
			'Content-Type': CSV_CONTENT_TYPE,
			'Content-Disposition': `attachment; filename="messages-${parisDate(now)}.csv"`,
		},
	});
}

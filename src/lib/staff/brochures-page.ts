/**
 * The brochure requests' page (/staff/brochures/): the requests to send as A4 label sheets (the
 * page prints as them), the CSV for a mailing, and the post marking the printed ones as sent.
 */
import type { APIContext, AstroGlobal } from 'astro';
import type { Submission } from '../feedback/repository.ts';
import { readForm } from '../http/body.ts';
import { useTranslations } from '../i18n/ui.ts';
import { ACTION_BODY_BYTES } from './actions.ts';
import { brochureMailingCsv, markSent, parseReferences, requestsToSend } from './brochures.ts';
import { CSV_CONTENT_TYPE } from './csv.ts';
import { parisDate } from './filters.ts';
import { STAFF_PREFIX } from './guard.ts';
import { staffLabels } from './labels.ts';
import { context, type Redirect, type StaffContext } from './pages.ts';

type Astro = Pick<AstroGlobal, 'request' | 'url' | 'cookies' | 'locals' | 'clientAddress'>;

export const BROCHURES_PATH = `${STAFF_PREFIX}brochures/`;

export interface BrochuresState extends StaffContext {
	status: number;
	requests: Submission[];
	/** How many the last post marked as sent. */
	marked?: number | undefined;
	/** The post named no request to mark. */
	problem?: boolean | undefined;
}

export async function brochuresPage(astro: Astro): Promise<Redirect | BrochuresState> {
	const { repository, session, offices, providers, now, workload } = await context(astro);
	const base = { session, offices, providers, now, workload };
	if (astro.request.method === 'POST') {
		const posted = await readForm(astro.request, ACTION_BODY_BYTES);
		const references = posted.ok ? parseReferences(posted.value.get('references')) : undefined;
		if (references) {
			const marked = await markSent(repository, references, session.email, now);
			console.log(`[staff] ${marked} brochure request(s) marked as sent by ${session.email}`);
			return { redirect: `${BROCHURES_PATH}?envoyees=${marked}` };
		}
		return { ...base, status: 422, requests: await requestsToSend(repository), problem: true };
	}
	const marked = astro.url.searchParams.get('envoyees');
	return {
		...base,
		status: 200,
		requests: await requestsToSend(repository),
		marked: marked !== null && /^\d{1,6}$/.test(marked) ? Number(marked) : undefined,
	};
}

/** GET /staff/brochures.csv: the requests to send, for a mailing. */
export async function brochuresCsvResponse(astro: APIContext): Promise<Response> {
	const { repository, offices, providers, now } = await context(astro);
	const t = useTranslations('fr');
	const labels = staffLabels(t, offices, providers);
	const csv = brochureMailingCsv(await requestsToSend(repository), {
		...labels,
		header: (column) =>
			column === 'brochures' ? t('staff.brochures.col.brochures') : t(`staff.col.${column}`),
	});
	return new Response(csv, {
		headers: {
			'Content-Type': CSV_CONTENT_TYPE,
			'Content-Disposition': `attachment; filename="brochures-a-envoyer-${parisDate(now)}.csv"`,
		},
	});
}

/**
 * The synthesis page (/staff/synthese/?annee=2026&saison=ete): a period's synthesis beside the
 * same period a year earlier, and the groupe qualité's notes on it — posted here (the session's
 * CSRF token and Astro's origin check, by the middleware), recorded with who and when. Its PDF
 * (/staff/synthese.pdf?…) is the same document (./synthesis-pdf.ts).
 */
import type { APIContext } from 'astro';
import { pathTo } from '../i18n/routes.ts';
import { useTranslations } from '../i18n/ui.ts';
import { STAFF_PREFIX } from './guard.ts';
import { staffLabels } from './labels.ts';
import { submissionsBetween } from './load.ts';
import { parsePost, shownContext } from './page-state.ts';
import { context, type Astro, type Redirect, type StaffContext } from './pages.ts';
import {
	parsePeriod,
	periodBounds,
	periodKey,
	periodSearch,
	previousPeriod,
	SEASON_SLUGS,
	type Period,
} from './periods.ts';
import {
	parseNotes,
	SynthesisNotesStore,
	type NotesError,
	type NotesFields,
	type SynthesisNotes,
} from './synthesis-notes.ts';
import { synthesisPdf } from './synthesis-pdf.ts';
import { periodSynthesis, type PeriodSynthesis } from './synthesis.ts';

export const SYNTHESIS_PATH = `${STAFF_PREFIX}synthese/`;
export const SYNTHESIS_PDF_PATH = pathTo({ route: 'staffSynthesisPdf' }, 'fr');

export interface SynthesisState extends StaffContext {
	status: number;
	period: Period;
	years: number[];
	synthesis: PeriodSynthesis;
	complaintDueDays: number;
	notes?: SynthesisNotes | undefined;
	/** What was typed in a refused post, shown again. */
	draft?: NotesFields | undefined;
	problem?: NotesError | undefined;
	saved: boolean;
}

const parisYear = (now: Date) =>
	Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', year: 'numeric' }).format(now));

/** The synthesis of the period asked for, with last year's and the period's notes. */
async function load(
	astro: Pick<Astro, 'url' | 'locals' | 'request' | 'cookies' | 'clientAddress'>,
) {
	const staff = await context(astro);
	const thisYear = parisYear(staff.now);
	const period = parsePeriod(astro.url.searchParams, thisYear);
	const submissions = await submissionsBetween(staff.repository, {
		from: periodBounds(previousPeriod(period)).from,
		before: periodBounds(period).before,
	});
	const [oldest] = await staff.repository.anonymisationQueue(1);
	const first = Math.min(
		period.year,
		oldest ? oldest.receivedAt.getUTCFullYear() : thisYear,
		thisYear - 4,
	);
	const notes = new SynthesisNotesStore(staff.driver);
	return {
		staff,
		period,
		notes,
		years: Array.from({ length: thisYear - first + 1 }, (_, index) => thisYear - index),
		synthesis: periodSynthesis(
			submissions,
			period,
			staff.offices.map((office) => office.id),
			staff.now,
		),
	};
}

export async function synthesisPage(astro: Astro): Promise<Redirect | SynthesisState> {
	const { staff, period, notes, years, synthesis } = await load(astro);
	let problem: NotesError | undefined;
	let draft: NotesFields | undefined;
	if (astro.request.method === 'POST') {
		const { form, parsed } = await parsePost(
			astro.request,
			parseNotes,
			'staff.synthesis.notes.error.tooLong' as const,
		);
		if (parsed.ok) {
			await notes.save(periodKey(period), parsed.fields, staff.session.email, staff.now);
			console.log(
				`[staff] synthesis notes of ${periodKey(period)} saved by ${staff.session.email}`,
			);
			return { redirect: `${SYNTHESIS_PATH}${periodSearch(period)}&enregistre=1#notes` };
		}
		problem = parsed.error;
		if (form)
			draft = {
				improvements: form.get('improvements') ?? '',
				actions: form.get('actions') ?? '',
			};
	}
	return {
		...shownContext(staff),
		status: problem ? 422 : 200,
		period,
		years,
		synthesis,
		complaintDueDays: staff.config.complaintDueDays,
		notes: await notes.find(periodKey(period)),
		draft,
		problem,
		saved: !problem && astro.url.searchParams.get('enregistre') === '1',
	};
}

/** The file name of a period's PDF: "synthese-2026-ete.pdf". */
export const pdfFileName = (period: Period) =>
	`synthese-${period.year}${period.season ? `-${SEASON_SLUGS[period.season]}` : ''}.pdf`;

/** GET /staff/synthese.pdf?annee=…&saison=…: the period's synthesis as a PDF to keep or send. */
export async function synthesisPdfResponse(astro: APIContext): Promise<Response> {
	const { staff, period, notes, synthesis } = await load(astro);
	const t = useTranslations('fr');
	const bytes = await synthesisPdf({
		t,
		labels: staffLabels(t, staff.offices, staff.providers),
		synthesis,
		notes: await notes.find(periodKey(period)),
		now: staff.now,
		complaintDueDays: staff.config.complaintDueDays,
	});
	return new Response(bytes as Uint8Array<ArrayBuffer>, {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `attachment; filename="${pdfFileName(period)}"`,
			'Content-Length': String(bytes.byteLength),
		},
	});
}

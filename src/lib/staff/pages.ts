/**
 * What each staff page shows for a request, decided before it renders (so that it can redirect,
 * set its status or cookies): the entrypoints under src/routes/staff/ are a few lines that call these.
 * The middleware has already checked the session (and the CSRF token of posts).
 */
import type { AstroGlobal } from 'astro';
import type { FeedbackKind } from '../feedback/choices.ts';
import type { Submission, HistoryEntry } from '../feedback/repository.ts';
import type { UiKey } from '../i18n/ui.ts';
import {
	ACTION_BODY_BYTES,
	applyAction,
	forwardChoices,
	parseAction,
	recipientIndex,
	type ActionError,
	type ForwardChoice,
} from './actions.ts';
import { useTranslations } from '../i18n/ui.ts';
import {
	COOKIE_PATH,
	newToken,
	SESSION_COOKIE,
	SIGN_IN_COOKIE,
	type StaffSession,
} from './auth.ts';
import {
	filtersToSearch,
	nameIndex,
	PAGE_SIZE,
	parseFilters,
	toQuery,
	type InboxFilters,
} from './filters.ts';
import { returnPath, SIGN_IN_PATH, STAFF_PREFIX } from './guard.ts';
import { allSubmissions } from './load.ts';
import { assign, assigneeChoices, assigneeName, parseAssignee } from './assignment.ts';
import { templateText, type ReplyTemplate } from './templates.ts';
import { readForm } from '../http/body.ts';
import { clientAddressOf } from '../http/client-address.ts';
import { purge } from '../feedback/purge.ts';
import { purgeUnconfirmed } from '../newsletter/purge.ts';
import { NewsletterStore } from '../newsletter/store.ts';
import { shownContext } from './page-state.ts';
import { retentionSchedule, type RetentionItem } from './retention.ts';
import { erasureAction, erasureState, type ErasureState } from './erasure-page.ts';
import { backOffice, sessionCookieOptions, staffSession, type Named } from './server.ts';

export type Astro = Pick<AstroGlobal, 'request' | 'url' | 'cookies' | 'locals' | 'clientAddress'>;

/** The largest sign-in post: an address, a password and a token. */
const SIGN_IN_BODY_BYTES = 4 * 1024;
/**
 * The shortest time a refused sign-in takes to answer: a wrong password, an unknown address and a
 * throttled attempt then cost the same time, and tell nothing apart.
 */
export const SIGN_IN_FAILURE_MS = 500;

export type Redirect = { redirect: string };

export const SIGN_IN_COOKIE_OPTIONS = (url: URL, request: Request) => ({
	...sessionCookieOptions(url, request),
	path: SIGN_IN_PATH,
	maxAge: 3600,
});

export interface SignInState {
	status: number;
	token: string;
	email: string;
	message?: { key: UiKey; values?: Record<string, string> } | undefined;
	signedOut: boolean;
	/** Back from setting a password (an invitation or a reset). */
	passwordSet?: boolean | undefined;
}

/** The sign-in page: the form (with a token bound to a cookie of its own), or the sign-in. */
export async function signInPage(astro: Astro): Promise<Redirect | SignInState> {
	const { auth } = await backOffice();
	const next = returnPath(astro.url.searchParams.get('suite'));
	if (astro.locals.staff && astro.request.method !== 'POST') return { redirect: next };
	const fresh = () => {
		const nonce = newToken();
		astro.cookies.set(SIGN_IN_COOKIE, nonce, SIGN_IN_COOKIE_OPTIONS(astro.url, astro.request));
		return auth.signInToken(nonce);
	};
	const signedOut = astro.url.searchParams.has('sortie');
	if (astro.request.method !== 'POST')
		return {
			status: 200,
			token: fresh(),
			email: '',
			signedOut,
			passwordSet: astro.url.searchParams.has('motdepasse'),
		};

	const started = Date.now();
	const posted = await readForm(astro.request, SIGN_IN_BODY_BYTES);
	if (!posted.ok)
		return {
			status: posted.status,
			token: fresh(),
			email: '',
			message: { key: 'staff.signIn.unreadable' },
			signedOut: false,
		};
	const form = posted.value;
	const text = (name: string) => form.get(name) ?? '';
	const email = text('email').slice(0, 254);
	const password = text('password').slice(0, 1000);
	if (!auth.checkSignInToken(astro.cookies.get(SIGN_IN_COOKIE)?.value, form.get('csrf')))
		return {
			status: 403,
			token: fresh(),
			email,
			message: { key: 'staff.signIn.expired' },
			signedOut: false,
		};
	const result = await auth.signIn(email, password, new Date(), clientAddressOf(astro));
	if (result.ok) {
		astro.cookies.delete(SIGN_IN_COOKIE, { path: SIGN_IN_PATH });
		astro.cookies.set(
			SESSION_COOKIE,
			result.cookie,
			sessionCookieOptions(astro.url, astro.request, result.session.expiresAt),
		);
		return { redirect: next };
	}
	// Wrong, unknown and throttled: one answer, one duration.
	const wait = SIGN_IN_FAILURE_MS - (Date.now() - started);
	if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
	return {
		status: 401,
		token: fresh(),
		email,
		message: { key: 'staff.signIn.invalid' },
		signedOut: false,
	};
}

/** Signing out (a post; the middleware checked its CSRF token). */
export async function signOut(astro: Astro): Promise<Redirect> {
	const { auth } = await backOffice();
	await auth.signOut(staffSession(astro.locals));
	astro.cookies.delete(SESSION_COOKIE, { path: COOKIE_PATH });
	return { redirect: `${SIGN_IN_PATH}?sortie=1` };
}

/** What the office has to do: shown in the menu of every staff page. */
export interface Workload {
	/** Complaints and suggestions not yet answered or closed. */
	open: number;
	/** Complaints past their due date. */
	overdue: number;
}

export interface StaffContext {
	session: StaffSession;
	offices: Named[];
	providers: Named[];
	now: Date;
	workload: Workload;
}

export async function context(
	astro: Astro,
): Promise<StaffContext & Awaited<ReturnType<typeof backOffice>>> {
	const office = await backOffice();
	const now = new Date();
	const [open, overdue] = await Promise.all([
		office.repository.countSubmissions({ open: true }),
		office.repository.countSubmissions({ kind: 'complaint', overdueAt: now }),
	]);
	return {
		...office,
		session: staffSession(astro.locals),
		now,
		workload: { open, overdue },
	};
}

/** "Assigned to me": to the signed-in person's account, or to their office. */
const mine = (filters: InboxFilters, session: StaffSession) =>
	filters.mine ? { assignedTo: { accountId: session.accountId, officeId: session.officeId } } : {};

export interface InboxState extends StaffContext {
	filters: InboxFilters;
	submissions: Submission[];
	total: number;
	pages: number;
	/** The filters as a query string, for the export and the pagination links. */
	search: string;
	/** Who each listed item is assigned to (a colleague's name or an office), by item id. */
	assignees: Record<number, string>;
}

export async function inboxPage(astro: Astro): Promise<InboxState> {
	const { repository, store, session, offices, providers, now, workload } = await context(astro);
	const filters = parseFilters(astro.url.searchParams, {
		offices: offices.map((office) => office.id),
		providers: providers.map((provider) => provider.id),
		providerNames: nameIndex(providers),
	});
	const query = { ...toQuery(filters, now), ...mine(filters, session) };
	const [submissions, total, accounts] = await Promise.all([
		repository.listSubmissions({
			...query,
			limit: PAGE_SIZE,
			offset: (filters.page - 1) * PAGE_SIZE,
		}),
		repository.countSubmissions(query),
		store.listAccounts(),
	]);
	const assignees: Record<number, string> = {};
	for (const submission of submissions) {
		const name = assigneeName(submission, accounts, offices);
		if (name) assignees[submission.id] = name;
	}
	return {
		session,
		offices,
		providers,
		now,
		workload,
		filters,
		submissions,
		total,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		search: filtersToSearch(filters),
		assignees,
	};
}

/** The filtered submissions, all of them, for the CSV export. */
export async function exportSubmissions(
	astro: Astro,
): Promise<StaffContext & { submissions: Submission[]; kind?: FeedbackKind | undefined }> {
	const { repository, session, offices, providers, now, workload } = await context(astro);
	const filters = parseFilters(astro.url.searchParams, {
		offices: offices.map((office) => office.id),
		providers: providers.map((provider) => provider.id),
		providerNames: nameIndex(providers),
	});
	const submissions = await allSubmissions(repository, {
		...toQuery(filters, now),
		...mine(filters, session),
	});
	return { session, offices, providers, now, workload, submissions, kind: filters.kind };
}

export interface SubmissionState extends StaffContext {
	status: number;
	/** Who the item can be assigned to, and who it is assigned to. */
	assignees: ReturnType<typeof assigneeChoices>;
	assignedTo?: string | undefined;
	/** Who it can be forwarded to by name (the type-ahead of the forwarding field). */
	forwardTo: ForwardChoice[];
	/** The templates of the item's kind, and the text of the one asked for (`?modele=`). */
	templates: ReplyTemplate[];
	prefill?: string | undefined;
	chosenTemplate?: number | undefined;
	submission?: Submission | undefined;
	history: HistoryEntry[];
	saved: boolean;
	problem?: ActionError | undefined;
	complaintDueDays: number;
}

export async function submissionPage(
	astro: Astro,
	reference: string | undefined,
): Promise<Redirect | SubmissionState> {
	const {
		repository,
		store,
		templates,
		config,
		session,
		offices,
		providers,
		now,
		workload,
		deliver,
	} = await context(astro);
	const accounts = await store.listAccounts();
	const assignees = assigneeChoices(accounts, offices);
	const base = {
		session,
		offices,
		providers,
		now,
		workload,
		complaintDueDays: config.complaintDueDays,
		assignees,
		templates: [] as ReplyTemplate[],
	};
	const submission = reference ? await repository.findSubmission(reference) : undefined;
	if (!submission) return { ...base, forwardTo: [], status: 404, history: [], saved: false };
	const t = useTranslations('fr');
	const forwardTo = forwardChoices(submission.providerId, providers, offices, (name) =>
		t('staff.synthesis.office', { name }),
	);
	const done = {
		redirect: `${STAFF_PREFIX}messages/${encodeURIComponent(submission.reference)}/?ok=1`,
	};
	let problem: ActionError | undefined;
	if (astro.request.method === 'POST') {
		const posted = await readForm(astro.request, ACTION_BODY_BYTES);
		if (posted.ok && posted.value.get('action') === 'assign') {
			const assignee = parseAssignee(posted.value.get('assignee'), assignees);
			if (assignee) {
				await assign(repository, submission, assignee, session.email, now);
				return done;
			}
		}
		const parsed = posted.ok
			? parseAction(posted.value, submission, recipientIndex(forwardTo))
			: ({ ok: false, error: 'staff.error.action' } as const);
		if (parsed.ok) {
			const names = {
				offices: new Map(offices.map((office) => [office.id, office.name])),
				providers: new Map(providers.map((provider) => [provider.id, provider.name])),
			};
			await applyAction(repository, submission, parsed.action, session.email, now, config, names);
			if (parsed.action.action === 'status' && (parsed.action.send || parsed.action.forwardEmail))
				deliver();
			return done;
		}
		problem = parsed.error;
	}
	const kindTemplates =
		submission.kind === 'complaint' || submission.kind === 'suggestion'
			? await templates.list(submission.kind)
			: [];
	const chosen = kindTemplates.find(
		(template) => String(template.id) === astro.url.searchParams.get('modele'),
	);
	return {
		...base,
		forwardTo,
		status: problem ? 422 : 200,
		submission,
		templates: kindTemplates,
		prefill: chosen ? templateText(chosen, submission.locale) : undefined,
		chosenTemplate: chosen?.id,
		assignedTo: assigneeName(submission, accounts, offices),
		history: await repository.history(submission.id),
		saved: !problem && astro.url.searchParams.get('ok') === '1',
		problem,
	};
}

export interface RetentionState extends StaffContext {
	months: number;
	cutoff: Date;
	items: RetentionItem[];
	/** What the purge just run from this page erased. */
	done?: { count: number; unconfirmed: number } | undefined;
	erasure: ErasureState;
}

const count = (value: string | null) =>
	value !== null && /^\d{1,9}$/.test(value) ? Number(value) : undefined;

/**
 * The retention page; its forms run the purge (the same as `feedback:purge`) or erase one
 * person's data (./erasure.ts), each logged with the staff member's address, then show what they
 * erased.
 */
export async function retentionPage(astro: Astro): Promise<Redirect | RetentionState> {
	const { repository, driver, config, session, offices, providers, now, workload } =
		await context(astro);
	/** What the page shows whatever was posted: who is signed in, and what the purge will erase. */
	const shown = async () => ({
		...shownContext({ session, offices, providers, now, workload }),
		months: config.retentionMonths,
		...(await retentionSchedule(repository, config.retentionMonths, now)),
	});
	if (astro.request.method === 'POST') {
		const posted = await readForm(astro.request, ACTION_BODY_BYTES);
		const action = posted.ok ? posted.value.get('action') : null;
		let erasure: ErasureState | undefined;
		if (posted.ok && (action === 'find' || action === 'erase')) {
			const outcome = await erasureAction(driver, posted.value, session.email, now);
			if ('redirect' in outcome) return outcome;
			erasure = outcome;
		}
		if (erasure) return { ...(await shown()), erasure };
		const report = await purge(repository, config.retentionMonths, now);
		const unconfirmed = await purgeUnconfirmed(new NewsletterStore(driver), now);
		console.log(
			`[staff] purge by ${session.email}: ${report.anonymised} submission(s) anonymised, ` +
				`${unconfirmed} unconfirmed sign-up(s) removed`,
		);
		return {
			redirect: `${STAFF_PREFIX}conservation/?anonymised=${report.anonymised}&unconfirmed=${unconfirmed}`,
		};
	}
	const page = await shown();
	const anonymised = count(astro.url.searchParams.get('anonymised'));
	const unconfirmed = count(astro.url.searchParams.get('unconfirmed'));
	return {
		...page,
		done:
			anonymised !== undefined && unconfirmed !== undefined
				? { count: anonymised, unconfirmed }
				: undefined,
		erasure: await erasureState(driver, astro.url.searchParams),
	};
}

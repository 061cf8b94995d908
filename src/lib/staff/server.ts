/**
 * The one place where the back office meets Astro: the session secret from `astro:env`, the
 * server core's database and settings, the feedback service (its submissions and mail delivery),
 * the offices and providers from the collections.
 * Everything else is plain TypeScript in this folder.
 */
import type { APIContext, MiddlewareNext } from 'astro';
import { getCollection } from 'astro:content';
import * as env from 'astro:env/server';
import type { FeedbackConfig } from '../server/config.ts';
import type { FeedbackRepository } from '../feedback/repository.ts';
import { feedbackService } from '../feedback/server.ts';
import { serverCore } from '../server/core.ts';
import { setting } from '../server/settings.ts';
import type { Driver } from '../server/sql.ts';
import { COOKIE_PATH, newToken, SESSION_COOKIE, StaffAuth, type StaffSession } from './auth.ts';
import { guard, servedOverHttps, STAFF_HEADERS } from './guard.ts';
import { StaffStore } from './store.ts';
import { AccountService } from './accounts.ts';
import { TemplateStore } from './templates.ts';
import { readForm } from '../http/body.ts';
import { ACTION_BODY_BYTES } from './actions.ts';
import { database } from '../server/kysely.ts';

export interface Named {
	id: string;
	name: string;
	/** Where an item can be forwarded: the office's address, the member's contact from the feed. */
	email?: string | undefined;
}

export interface BackOffice {
	auth: StaffAuth;
	store: StaffStore;
	/** Invitations, account changes, password links (./accounts.ts). */
	accounts: AccountService;
	/** The office's reply templates (./templates.ts). */
	templates: TemplateStore;
	repository: FeedbackRepository;
	/** The store's connection, for what spans every table (erasing one person's data). */
	driver: Driver;
	config: FeedbackConfig;
	offices: Named[];
	providers: Named[];
	/** Sends the mail waiting in the outbox now (staff answers go at once, not at the next round). */
	deliver: () => void;
}

let started: Promise<BackOffice> | undefined;

async function start(): Promise<BackOffice> {
	const [core, feedback, offices, providers] = await Promise.all([
		serverCore(),
		feedbackService(),
		getCollection('offices'),
		getCollection('providers'),
	]);
	const { driver } = core;
	const store = new StaffStore(driver);
	// Unset: one is generated and kept in the database (the same for every instance sharing it).
	const secret =
		env.STAFF_SESSION_SECRET ?? (await setting(database(driver), 'staff.sessionSecret', newToken));
	return {
		deliver: () => {
			feedback.deliver().catch((error: unknown) => console.error('[staff] mail:', error));
		},
		auth: new StaffAuth(store, secret),
		store,
		templates: new TemplateStore(driver),
		accounts: new AccountService(store, core.siteUrl),
		repository: feedback.repository,
		driver,
		config: core.config,
		offices: offices
			.map((office) => ({ id: office.id, name: office.data.name, email: office.data.email }))
			.sort((a, b) => a.name.localeCompare(b.name, 'fr')),
		providers: providers
			.map((provider) => ({
				id: provider.id,
				name: provider.data.name,
				email: provider.data.contact.email,
			}))
			.sort((a, b) => a.name.localeCompare(b.name, 'fr')),
	};
}

/** The back office of this server, started on first use. */
export function backOffice(): Promise<BackOffice> {
	started ??= start().catch((error: unknown) => {
		started = undefined;
		throw error;
	});
	return started;
}

/** The signed-in staff member of a request (set by the middleware). */
export function staffSession(locals: App.Locals): StaffSession {
	if (!locals.staff) throw new Error('No staff session: the middleware guards /staff/');
	return locals.staff;
}

/** The session cookie's options: sent back only to /staff/, never to scripts, never cross-site. */
export const sessionCookieOptions = (url: URL, request: Request, expires?: Date) => ({
	path: COOKIE_PATH,
	httpOnly: true,
	sameSite: 'strict' as const,
	secure: servedOverHttps(url, request.headers),
	...(expires ? { expires } : {}),
});

/** What a refused staff request reads (staff only ever see them after tampering or a bug). */
const REFUSALS: Record<number, string> = {
	400: 'Requête illisible',
	401: 'Authentification requise',
	403: 'Jeton CSRF invalide',
	413: 'Requête trop volumineuse',
	415: 'Format de requête non accepté',
};

/** The middleware's work for /staff/: guard, then the headers of every staff response. */
export async function guardStaff(context: APIContext, next: MiddlewareNext): Promise<Response> {
	const { auth } = await backOffice();
	const decision = await guard(
		auth,
		{
			method: context.request.method,
			pathname: context.url.pathname,
			search: context.url.search,
			cookie: context.cookies.get(SESSION_COOKIE)?.value,
			form: () => readForm(context.request.clone(), ACTION_BODY_BYTES),
		},
		new Date(),
	);
	let response: Response;
	if (decision.kind === 'redirect')
		response = new Response(null, { status: 303, headers: { Location: decision.location } });
	else if (decision.kind === 'refuse')
		response = new Response(REFUSALS[decision.status], {
			status: decision.status,
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		});
	else {
		context.locals.staff = decision.session;
		response = await next();
	}
	try {
		for (const [name, value] of Object.entries(STAFF_HEADERS)) response.headers.set(name, value);
	} catch {
		// Immutable headers (a redirect made by Response.redirect): copy the response.
		response = new Response(response.body, response);
		for (const [name, value] of Object.entries(STAFF_HEADERS)) response.headers.set(name, value);
	}
	return response;
}

/**
 * The production server (scripts/serve.ts over the built site) against what a security probe
 * tried: security headers on every kind of response, with a CSP that allows every inline script
 * the pages carry and nothing else; an 8 MB body refused on every POST route; a flood of sign-ins
 * that does not starve the static pages; a throttle that slows the guesser but lets the account's
 * owner in from another address (behind the trusted proxy, whose X-Forwarded-For is read only
 * when TRUSTED_PROXIES names it); and, on PostgreSQL, a database restart in the middle of a burst
 * of submissions that the process survives, losing no acknowledged message.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlRepository } from '../../src/lib/feedback/sql-repository';
import { SITE_CSP } from '../../src/lib/http/security-headers';
import { hashPassword } from '../../src/lib/staff/password';
import { StaffStore } from '../../src/lib/staff/store';
import { chromium } from 'playwright-core';
import { builtPages } from '../tools/built-site';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tools/chromium';
import { ROOT, SITE_DIR } from '../tools/paths';
import { examplePath, TEMPLATES } from '../tools/templates';
import {
	postFeedback,
	startServer,
	suggestionBody,
	type RunningServer,
} from '../tools/feedback-server';
import { openPostgres, openSqlite } from '../tools/open-store';

const EMAIL = 'accueil@example.org';
const PASSWORD = 'un mot de passe de l’équipe';
const EIGHT_MB = 'a'.repeat(8 * 1024 * 1024);

/** Every built HTML page's path under SITE_DIR. */
function pages(folder = SITE_DIR, prefix = ''): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? pages(join(folder, entry.name), `${prefix}${entry.name}/`)
			: entry.name.endsWith('.html')
				? [`${prefix}${entry.name}`]
				: [],
	);
}

/** A sign-in form's cookie and token, as a browser gets them. */
async function signInForm(origin: string, headers: Record<string, string> = {}) {
	const response = await fetch(`${origin}/staff/connexion/`, { headers });
	const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
	const csrf = /name="csrf" value="([^"]+)"/.exec(await response.text())?.[1] ?? '';
	return { cookie, csrf };
}

async function signIn(
	origin: string,
	email: string,
	password: string,
	headers: Record<string, string> = {},
): Promise<number> {
	const { cookie, csrf } = await signInForm(origin, headers);
	const response = await fetch(`${origin}/staff/connexion/`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			...headers,
			Cookie: cookie,
			Origin: origin,
			'Content-Type': 'application/x-www-form-urlencoded',
		},
		body: new URLSearchParams({ csrf, email, password }).toString(),
	});
	await response.arrayBuffer();
	return response.status;
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

describe('the production server', () => {
	let folder: string;
	let server: RunningServer;

	beforeAll(async () => {
		folder = mkdtempSync(join(tmpdir(), 'cevennes-hardening-'));
		const sqlitePath = join(folder, 'feedback.sqlite');
		const repository = openSqlite(sqlitePath);
		await repository.migrate();
		if (!(repository instanceof SqlRepository)) throw new Error('SQL store expected');
		await new StaffStore(repository.driver).saveAccount(
			EMAIL,
			await hashPassword(PASSWORD),
			new Date(),
		);
		await repository.close();
		// Behind the documented proxy: the loopback is trusted, its X-Forwarded-For names visitors.
		server = await startServer({
			SQLITE_PATH: sqlitePath,
			TRUSTED_PROXIES: '127.0.0.1,::1',
			FEEDBACK_RATE_LIMIT: '10',
		});
	}, 60_000);
	afterAll(async () => {
		await server.stop();
		rmSync(folder, { recursive: true, force: true });
	});

	it('sends the security headers on a static page, a form and a staff page', async () => {
		for (const path of ['/', '/hebergements/', '/contact/suggestion/', '/staff/connexion/']) {
			const response = await fetch(`${server.origin}${path}`);
			expect(response.status, path).toBe(200);
			const csp = response.headers.get('content-security-policy') ?? '';
			expect(csp, path).toContain("frame-ancestors 'none'");
			expect(csp, path).toContain("object-src 'none'");
			expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(response.headers.get('x-frame-options'), path).toBe('DENY');
			expect(response.headers.get('referrer-policy'), path).toBeTruthy();
		}
		// Staff pages load nothing from the tile servers.
		const staff = await fetch(`${server.origin}/staff/connexion/`);
		expect(staff.headers.get('content-security-policy')).not.toContain('openstreetmap');
	});

	it('allows by its hash every inline script of every built page', () => {
		const unknown = new Map<string, string>();
		for (const page of pages()) {
			const html = readFileSync(join(SITE_DIR, page), 'utf8');
			for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
				const [, attributes = '', text = ''] = match;
				if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
				const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
				if (!SITE_CSP.includes(hash)) unknown.set(hash, `${page}: ${text.slice(0, 80)}`);
			}
		}
		expect([...unknown.values()]).toEqual([]);
	});

	it('refuses an 8 MB body on every POST route in under a second', async () => {
		const { cookie } = await signInForm(server.origin);
		const routes = [
			['/_actions/feedback/', 'multipart/form-data; boundary=x'],
			['/_actions/feedback/', 'application/x-www-form-urlencoded'],
			['/contact/suggestion/?_action=feedback', 'application/x-www-form-urlencoded'],
			['/_actions/newsletter/', 'multipart/form-data; boundary=x'],
			['/lettre-d-information/?_action=newsletter', 'application/x-www-form-urlencoded'],
			['/contact/suggestion/', 'application/x-www-form-urlencoded'],
			['/contact/reclamation/', 'application/x-www-form-urlencoded'],
			['/en/contact/satisfaction-survey/', 'application/x-www-form-urlencoded'],
			['/lettre-d-information/', 'application/x-www-form-urlencoded'],
			['/lettre-d-information/confirmation/?t=x', 'application/x-www-form-urlencoded'],
			['/staff/connexion/', 'application/x-www-form-urlencoded'],
			['/staff/connexion/', 'multipart/form-data; boundary=x'],
			['/staff/messages/REC-2026-ABCDEF/', 'application/x-www-form-urlencoded'],
		] as const;
		for (const [path, type] of routes) {
			const started = performance.now();
			let status: number;
			try {
				const response = await fetch(`${server.origin}${path}`, {
					method: 'POST',
					headers: { 'Content-Type': type, Cookie: cookie, Origin: server.origin },
					body: EIGHT_MB,
				});
				status = response.status;
				await response.arrayBuffer();
			} catch {
				// The server may close the connection on a body past its limit: refused too.
				status = 413;
			}
			const elapsed = performance.now() - started;
			expect([400, 401, 403, 413, 415], `${path} (${type}) answered ${status}`).toContain(status);
			expect(elapsed, `${path}: ${Math.round(elapsed)} ms`).toBeLessThan(1000);
		}
	});

	it('answers the sign-in with 4xx, never 500, for bodies that are not a form', async () => {
		for (const [type, body] of [
			['application/json', '{"email":"a@b.c"}'],
			['text/plain', 'email=a@b.c'],
			['multipart/form-data; boundary=zz', '--zz\r\nbroken'],
		] as const) {
			const response = await fetch(`${server.origin}/staff/connexion/`, {
				method: 'POST',
				headers: { 'Content-Type': type, Origin: server.origin },
				body,
			});
			expect(response.status, type).toBeGreaterThanOrEqual(400);
			expect(response.status, type).toBeLessThan(500);
		}
	});

	it('answers the forms’ actions with 4xx, never 500, for bodies that are not a form', async () => {
		for (const action of ['feedback', 'newsletter'])
			for (const [type, body] of [
				['application/json', '{"kind":"suggestion"}'],
				['text/plain', 'kind=suggestion'],
				['multipart/form-data; boundary=zz', '--zz\r\nbroken'],
				['application/x-www-form-urlencoded', 'kind=%ZZ&locale=en'],
			] as const) {
				const response = await fetch(`${server.origin}/_actions/${action}/`, {
					method: 'POST',
					headers: { 'Content-Type': type, Origin: server.origin },
					body,
				});
				expect(response.status, `${action}: ${type}`).toBeGreaterThanOrEqual(400);
				expect(response.status, `${action}: ${type}`).toBeLessThan(500);
			}
	});

	it('keeps serving static pages quickly while unknown addresses flood the sign-in', async () => {
		let flooding = true;
		const attacker = async (n: number) => {
			while (flooding)
				await signIn(server.origin, `inconnu${n}@example.org`, 'devine', {
					'X-Forwarded-For': '198.51.100.66',
				}).catch(() => undefined);
		};
		const flood = Promise.all(Array.from({ length: 16 }, (_, n) => attacker(n)));
		const timings: number[] = [];
		try {
			for (let n = 0; n < 40; n++) {
				const started = performance.now();
				const response = await fetch(`${server.origin}/randonnees/`);
				await response.arrayBuffer();
				timings.push(performance.now() - started);
			}
		} finally {
			flooding = false;
			await flood;
		}
		expect(
			median(timings),
			`static page times: ${timings.map(Math.round).join(', ')}`,
		).toBeLessThan(100);
	}, 60_000);

	it('slows a guesser without blocking the owner signing in from another address', async () => {
		const guesser = { 'X-Forwarded-For': '198.51.100.77' };
		for (let n = 0; n < 6; n++)
			expect(await signIn(server.origin, EMAIL, `faux mot de passe ${n}`, guesser)).toBe(401);
		// The guesser is throttled now, right password or not…
		expect(await signIn(server.origin, EMAIL, PASSWORD, guesser)).toBe(401);
		// …and the owner, from their own address, signs in (a redirect to the back office).
		expect(await signIn(server.origin, EMAIL, PASSWORD, { 'X-Forwarded-For': '203.0.113.8' })).toBe(
			303,
		);
	}, 60_000);

	it('counts submissions per visitor behind the trusted proxy, not per proxy', async () => {
		const send = (address: string) =>
			postFeedback(server.origin, suggestionBody(), { 'X-Forwarded-For': address }).then(
				(answer) => answer.status,
			);
		// The limit is 10 per window: the first visitor reaches it…
		const first = await Promise.all(Array.from({ length: 11 }, () => send('198.51.100.10')));
		expect(first.filter((status) => status === 429)).toHaveLength(1);
		// …the second is not concerned.
		expect(await send('198.51.100.11')).toBe(200);
	});

	it('runs every template under its Content-Security-Policy without a violation', async () => {
		const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
		const violations: string[] = [];
		try {
			const page = await browser.newPage({ serviceWorkers: 'block' });
			// Tiles come from other servers: blocked (this machine has no network), not a violation.
			await page.route(/^https:/, (route) => route.abort());
			page.on('console', (message) => {
				if (/Content.Security.Policy|Refused to/i.test(message.text()))
					violations.push(`${page.url()}: ${message.text()}`);
			});
			const builtPaths = builtPages().map((built) => built.path);
			for (const template of TEMPLATES) {
				const path = examplePath(template, 'fr', builtPaths);
				await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
				// Maps, filters and the search start when scrolled to or used.
				await page.mouse.wheel(0, 4000);
				await page.waitForTimeout(0);
				const search = page.locator('input[type="search"]').first();
				if (await search.isVisible().catch(() => false)) {
					await search.fill('randonnée');
					await page.waitForLoadState('networkidle');
				}
				await page.waitForLoadState('networkidle');
			}
		} finally {
			await browser.close();
		}
		expect(violations).toEqual([]);
	}, 180_000);

	it('keeps the health check to a status: no outbox figures for the public', async () => {
		const response = await fetch(`${server.origin}/api/feedback/`);
		expect(await response.json()).toEqual({ status: 'ok' });
	});
});

describe('without TRUSTED_PROXIES', () => {
	it('never reads X-Forwarded-For: one address, one counter', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'cevennes-proxy-'));
		const server = await startServer({
			SQLITE_PATH: join(folder, 'feedback.sqlite'),
			FEEDBACK_RATE_LIMIT: '3',
		});
		try {
			const statuses: number[] = [];
			for (let n = 0; n < 4; n++)
				statuses.push(
					(
						await postFeedback(server.origin, suggestionBody(), {
							'X-Forwarded-For': `198.51.100.${n}`,
						})
					).status,
				);
			expect(statuses).toEqual([200, 200, 200, 429]);
		} finally {
			await server.stop();
			rmSync(folder, { recursive: true, force: true });
		}
	}, 60_000);
});

const postgres = process.env['DATABASE_URL'];
const run = promisify(execFile);

describe.skipIf(!postgres && !process.env['CI'])('a PostgreSQL restart during a burst', () => {
	it('is survived: acknowledged submissions are stored, visitors get 503 meanwhile, then it works again', async () => {
		if (!postgres) throw new Error('DATABASE_URL is required in CI (.ci/run starts PostgreSQL)');
		const schema = `hardening_${process.pid}_${Date.now().toString(36)}`;
		const admin = openPostgres(postgres);
		if (!(admin instanceof SqlRepository)) throw new Error('SQL store expected');
		await admin.driver.query(`CREATE SCHEMA ${schema}`);
		await admin.close();
		const url = new URL(postgres);
		url.searchParams.set('options', `-c search_path=${schema}`);
		const server = await startServer({ DATABASE_URL: url.href });
		const acknowledged = new Map<string, Record<string, string>>();
		const unavailable: { status: number; retryAfter: string | null; message: string }[] = [];
		const others: number[] = [];
		let running = true;
		const worker = async () => {
			while (running) {
				const body = suggestionBody();
				const answer = await postFeedback(server.origin, body);
				if (answer.status === 200 && answer.reference) acknowledged.set(answer.reference, body);
				else if (answer.status === 503)
					unavailable.push({
						status: 503,
						retryAfter: answer.retryAfter,
						message: answer.message ?? '',
					});
				else others.push(answer.status);
			}
		};
		const burst = Promise.all(Array.from({ length: 20 }, worker));
		const pg = join(ROOT, 'tests', 'tools', 'postgres.sh');
		try {
			while (acknowledged.size < 40) await new Promise((resolve) => setTimeout(resolve, 20));
			await run('bash', [pg, 'pause']);
			while (unavailable.length < 20) await new Promise((resolve) => setTimeout(resolve, 20));
			await run('bash', [pg, 'resume']);
			const before = acknowledged.size;
			// Submissions are acknowledged again once the database is back.
			const deadline = Date.now() + 20_000;
			while (acknowledged.size < before + 20 && Date.now() < deadline)
				await new Promise((resolve) => setTimeout(resolve, 50));
			running = false;
			await burst;
			expect(server.process.exitCode, 'the server process ended').toBeNull();
			expect(acknowledged.size).toBeGreaterThanOrEqual(before + 20);
			expect(others, 'answers other than 200 and 503').toEqual([]);
			expect(unavailable[0]?.retryAfter).toMatch(/^\d+$/);
			expect(unavailable[0]?.message).toMatch(/momentanément indisponibles/);
			// The static pages never went down.
			expect((await fetch(`${server.origin}/`)).status).toBe(200);
		} finally {
			running = false;
			await burst.catch(() => undefined);
			await run('bash', [pg, 'resume']).catch(() => undefined);
			await server.stop();
		}
		const check = openPostgres(url.href);
		try {
			const missing: string[] = [];
			for (const reference of acknowledged.keys())
				if (!(await check.findSubmission(reference))) missing.push(reference);
			expect(missing, 'acknowledged but lost').toEqual([]);
		} finally {
			if (check instanceof SqlRepository) await check.driver.query(`DROP SCHEMA ${schema} CASCADE`);
			await check.close();
		}
	}, 120_000);
});

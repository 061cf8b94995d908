/**
 * The staff back office in Chromium, on the built server (dist/server/entry.mjs, as `npm start`
 * runs it) with its own SQLite store: a staff account created with `npm run staff:add`, a few
 * submissions stored beforehand (one overdue complaint whose text holds HTML). Signed out, every
 * staff route redirects to sign-in or answers 401; then sign in, filter overdue complaints,
 * answer one (the visitor's HTML shown as text, the change in the history), export the CSV, open
 * the synthesis and the retention page; a forged CSRF token is refused; sign out. axe and
 * html-validate on every staff page.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathTo, ROUTES, type RouteName } from '../../src/lib/i18n/routes';
import { OPEN_PATHS } from '../../src/lib/staff/guard';
import { startServer, type RunningServer } from '../tools/feedback-server';
import { startSmtpServer, type TestSmtpServer } from '../tools/smtp';
import { expectNoAxeViolations, expectValidHtml } from '../tools/page-checks';
import { openSqlite } from '../tools/open-store';
import { addStaffAccount } from '../tools/staff-site';

const EMAIL = 'accueil.e2e@example.org';
const PASSWORD = 'mot de passe de bout en bout';
const DAY = 86_400_000;
const HOSTILE =
	'<script>window.hacked = 1</script><img src=x onerror="window.hacked = 2"> Le guichet était fermé à 10 h.';

// Axe and html-validate on seven pages and a mail to wait for: minutes on a busy two-core machine.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

let folder: string;
let server: RunningServer;
let smtp: TestSmtpServer;
let overdueReference: string;
let waitingReference: string;

test.beforeAll(async () => {
	test.setTimeout(90_000);
	folder = mkdtempSync(join(tmpdir(), 'staff-e2e-'));
	const sqlitePath = join(folder, 'feedback.sqlite');
	const added = addStaffAccount({ SQLITE_PATH: sqlitePath }, EMAIL, PASSWORD);
	expect(added.stdout).toContain('compte administrateur créé');

	const repository = openSqlite(sqlitePath);
	await repository.migrate();
	const now = Date.now();
	const store = async (
		kind: 'complaint' | 'suggestion' | 'questionnaire',
		receivedAt: number,
		fields: Record<string, unknown>,
	) => {
		const result = await repository.createSubmission(
			{
				kind,
				locale: 'fr',
				receivedAt: new Date(receivedAt),
				idempotencyKey: `e2e-${Math.random()}`,
				data: {},
				...fields,
			},
			() => `E2E-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
			() => [],
		);
		if (result.status === 'rate-limited') throw new Error('rate-limited');
		return result.submission.reference;
	};
	// Sent from the English form: the answer goes to the visitor in English.
	overdueReference = await store('complaint', now - 6 * DAY, {
		locale: 'en',
		dueAt: new Date(now - 3 * DAY),
		topic: 'office',
		officeId: 'vialas',
		contactName: 'Élodie Béranger',
		contactEmail: 'elodie@example.org',
		data: { subject: 'office', description: HOSTILE, expectation: 'Des horaires à jour.' },
	});
	waitingReference = await store('complaint', now - DAY, {
		dueAt: new Date(now + 2 * DAY),
		topic: 'other',
		contactName: 'Marc',
		contactPhone: '06 12 34 56 78',
		data: {
			subject: 'other',
			description: 'Pas encore en retard, réponse attendue.',
			expectation: 'Réponse',
		},
	});
	await store('suggestion', now - 2 * DAY, {
		topic: 'website',
		data: { topic: 'website', message: 'Ajouter les horaires des navettes.' },
	});
	for (const [index, overall] of [5, 4, 3].entries())
		await store('questionnaire', now - (index + 1) * DAY, {
			officeId: 'vialas',
			data: {
				officeId: 'vialas',
				overall,
				welcome: 5,
				recommend: 'yes',
				country: 'FR',
				departement: '48',
				groupType: 'couple',
				heardFrom: 'guidebook',
			},
		});
	await repository.close();

	smtp = await startSmtpServer();
	server = await startServer({
		SQLITE_PATH: sqlitePath,
		STAFF_SESSION_SECRET: 'staff-e2e-session-secret-0123456789abcdef',
		SMTP_HOST: '127.0.0.1',
		SMTP_PORT: String(smtp.port),
		SMTP_FROM: 'Office de tourisme <accueil@example.org>',
		OFFICE_NOTIFY_EMAIL: 'accueil@cevennes-montlozere.com',
	});
});

test.afterAll(async () => {
	await server?.stop();
	await smtp?.close();
	if (folder) rmSync(folder, { recursive: true, force: true });
});

const url = (path: string) => `${server.origin}${path}`;
const staffPath = (route: RouteName, id?: string) => pathTo(id ? { route, id } : { route }, 'fr');

/** The page's HTML as the server sends it (asked for again, with the same cookies) is valid. */
async function validHtml(page: Page, state: string) {
	await expectValidHtml(await (await page.request.get(page.url())).text(), state);
}

/** Every staff page is hidden from search engines and keeps no script. */
async function checkStaffPage(page: Page, state: string) {
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
	expect(await page.evaluate(() => document.scripts.length)).toBe(0);
	expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
	await expectNoAxeViolations(page, state);
	await validHtml(page, state);
}

async function signIn(page: Page, password = PASSWORD) {
	await page.goto(url(staffPath('staffSignIn')));
	await page.getByLabel('Adresse e-mail').fill(EMAIL);
	await page.getByLabel('Mot de passe').fill(password);
	await page.getByRole('button', { name: 'Se connecter' }).click();
}

test('signed out, every staff route redirects to sign-in or answers 401, and is never indexed', async ({
	request,
}) => {
	const staffRoutes = (Object.keys(ROUTES) as RouteName[]).filter(
		(route) => ROUTES[route].fr.startsWith('/staff/') && !OPEN_PATHS.includes(ROUTES[route].fr),
	);
	for (const route of staffRoutes) {
		const path = staffPath(route, overdueReference);
		const get = await request.get(url(path), { maxRedirects: 0 });
		if (path.endsWith('/')) {
			expect(get.status(), path).toBe(303);
			expect(get.headers()['location'], path).toBe(
				`/staff/connexion/?suite=${encodeURIComponent(path)}`,
			);
		} else expect(get.status(), path).toBe(401);
		expect(get.headers()['x-robots-tag'], path).toContain('noindex');
		const post = await request.post(url(path), {
			maxRedirects: 0,
			headers: { Origin: server.origin },
			form: { csrf: 'x', action: 'note', note: 'intrus' },
		});
		expect([401, 405], path).toContain(post.status());
	}
	// The sign-in form's cookie: HttpOnly, SameSite=Strict, and Secure behind a proxy that ends TLS.
	for (const [headers, secure] of [
		[{}, false],
		[{ 'X-Forwarded-Proto': 'https' }, true],
	] as const) {
		const signIn = await request.get(url(staffPath('staffSignIn')), { headers });
		const cookie = signIn.headers()['set-cookie'] ?? '';
		expect(cookie).toMatch(/^staff_signin=[\w-]{43}; /);
		expect(cookie).toContain('HttpOnly');
		expect(cookie).toContain('SameSite=Strict');
		expect(cookie.includes('Secure')).toBe(secure);
	}
	const robots = await request.get(url('/robots.txt'));
	expect(await robots.text()).toContain('Disallow: /staff/');
	const index = await (await request.get(url('/sitemap-index.xml'))).text();
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
		(match) => new URL(match[1] ?? '').pathname,
	);
	expect(sitemaps.length).toBeGreaterThan(0);
	for (const sitemap of sitemaps)
		expect(await (await request.get(url(sitemap))).text()).not.toContain('/staff/');
});

test('a staff member signs in, finds the overdue complaint, answers it, exports, reads the synthesis', async ({
	page,
}) => {
	await page.addInitScript(() => {
		(window as unknown as { hacked?: number }).hacked = 0;
	});

	// Wrong password first: refused, nothing said about the account.
	await signIn(page, 'pas le bon mot de passe');
	await expect(page.getByRole('alert')).toHaveText(
		'Adresse e-mail ou mot de passe incorrect, ou trop d’essais à la suite : vérifiez vos identifiants, patientez quelques minutes s’il le faut, puis réessayez.',
	);
	await checkStaffPage(page, 'sign-in with a problem');

	await signIn(page);
	await expect(page).toHaveURL(url('/staff/'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Messages des visiteurs');
	const cookie = (await page.context().cookies()).find((item) => item.name === 'staff_session');
	expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/staff/' });
	await checkStaffPage(page, 'inbox');
	// What is urgent shows at once: the overdue complaint heads the list and the menu counts it.
	await expect(page.locator('tbody tr').first()).toContainText(overdueReference);
	await expect(page.getByRole('link', { name: 'En retard : 1' })).toBeVisible();
	await expect(page.getByRole('link', { name: /^À traiter : \d+$/ })).toBeVisible();

	// Search by the reference's end, typed in lower case.
	await page
		.getByLabel('Rechercher (référence, nom, e-mail, texte)')
		.fill(overdueReference.slice(-6).toLowerCase());
	await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
	await expect(page.locator('tbody tr')).toHaveCount(1);
	await expect(page.locator('tbody tr').first()).toContainText(overdueReference);
	await page.getByRole('link', { name: 'Effacer les filtres' }).click();

	// The member filter is a type-ahead: a name that matches none says so; a name, case aside, is found.
	const member = page.getByRole('combobox', { name: 'Prestataire' });
	await member.fill('Miels du Travail');
	await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
	await expect(member).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#f-provider-error')).toHaveText(
		'Aucun prestataire ne porte le nom « Miels du Travail » : choisissez un nom proposé dans la liste. Les messages ci-dessous ne sont pas filtrés par prestataire.',
	);
	await checkStaffPage(page, 'inbox, unknown member');
	await member.fill('miels du travers');
	await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
	await expect(member).toHaveValue('Miels du Travers');
	await expect(member).not.toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('tbody tr')).toHaveCount(0);
	await page.getByRole('link', { name: 'Effacer les filtres' }).click();

	// Filter: overdue complaints.
	await page.getByLabel('Type').selectOption('complaint');
	await page.getByLabel('Réclamations en retard seulement').check();
	await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
	await expect(page).toHaveURL(/overdue=1/);
	const rows = page.locator('tbody tr');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText(overdueReference);
	await expect(rows.first()).toContainText('En retard');
	await expect(page.getByRole('status')).toHaveText('Messages correspondants : 1');

	// The complaint: the visitor's HTML is text.
	await rows.first().getByRole('link', { name: overdueReference }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Réclamation ${overdueReference}`,
	);
	await expect(page.getByText(HOSTILE, { exact: true })).toBeVisible();
	expect(await page.locator('main img, main script').count()).toBe(0);
	expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBe(0);
	const mail = page.getByRole('link', { name: 'Écrire au visiteur' });
	await expect(mail).toHaveAttribute(
		'href',
		`mailto:elodie@example.org?subject=${encodeURIComponent(`Your message ${overdueReference} to the tourist office`)}`,
	);
	await checkStaffPage(page, 'submission');

	// Answer it.
	await page.getByLabel('Statut', { exact: true }).selectOption('answered');
	await page
		.getByLabel('Réponse apportée au visiteur')
		.fill('Nous avons corrigé les horaires affichés. Merci !');
	await page
		.getByLabel(/Envoyer cette réponse par e-mail à elodie@example\.org \(en anglais\)/)
		.check();
	await page.getByRole('button', { name: 'Enregistrer le statut' }).click();
	await expect(page.getByRole('status')).toHaveText('Modification enregistrée.');
	const history = page.locator('.history li');
	await expect(history.last()).toContainText('Statut : Nouveau → Répondu');
	await expect(history.last()).toContainText(`par ${EMAIL}`);
	await expect(history.last()).toContainText('Nous avons corrigé les horaires affichés.');
	await expect(history.last()).toContainText('Réponse envoyée au visiteur par e-mail');
	// The answer reaches the visitor, in the language of their form, replies going to the office.
	await expect
		.poll(() => smtp.received.filter((mail) => mail.to.includes('elodie@example.org')).length)
		.toBe(1);
	const reply = smtp.received.find((mail) => mail.to.includes('elodie@example.org'));
	expect(reply?.subject).toBe(`Our answer to your message ${overdueReference}`);
	expect(reply?.text).toContain('Nous avons corrigé les horaires affichés. Merci !');
	expect(reply?.text).toContain(`In answer to your message ${overdueReference} of`);
	expect(reply?.raw).toMatch(/^Reply-To: accueil@cevennes-montlozere\.com\r?$/m);
	await page
		.getByRole('textbox', { name: 'Note interne', exact: true })
		.fill('Appel du bureau de Vialas <b>fait</b>.');
	await page.getByRole('button', { name: 'Ajouter la note' }).click();
	await expect(history.last()).toContainText('Appel du bureau de Vialas <b>fait</b>.');
	await checkStaffPage(page, 'submission after answering');

	// The overdue list is now empty; export all complaints.
	await page.goto(url('/staff/?kind=complaint&overdue=1'));
	await expect(page.getByText('Aucun message ne correspond à ces filtres.')).toBeVisible();
	await page.goto(url('/staff/?kind=complaint'));
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Exporter cette sélection (CSV)' }).click(),
	]);
	const bytes = readFileSync((await download.path()) ?? '');
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const csv = new TextDecoder('utf-8').decode(bytes);
	const lines = csv.split('\r\n').filter(Boolean);
	expect(lines).toHaveLength(3);
	expect(lines[0]).toMatch(/^Référence;Type;Statut;Reçu le/);
	expect(lines[0]).toContain('Que s’est-il passé ?');
	expect(lines[0]).not.toContain('Votre suggestion');
	expect(download.suggestedFilename()).toMatch(/^reclamations-\d{4}-\d{2}-\d{2}\.csv$/);
	expect(lines[1]).toMatch(/;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2};/);
	expect(csv).toContain('Élodie Béranger');
	expect(csv).toContain('Nous avons corrigé les horaires affichés. Merci !');
	expect(csv).not.toContain('Ajouter les horaires des navettes');

	// The synthesis of this year, then the retention page.
	await page.getByRole('link', { name: 'Synthèse annuelle' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'Synthèse annuelle de la satisfaction',
	);
	await expect(
		page.getByText('Questionnaires : 3 · réclamations : 2 · suggestions : 1').first(),
	).toBeVisible();
	await expect(page.getByText('trop peu de réponses (n = 3)').first()).toBeVisible();
	await expect(page.locator('table').first()).toContainText('3 réponses');
	await checkStaffPage(page, 'synthesis');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.staff-header')).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	await page.getByRole('link', { name: 'Conservation des données' }).click();
	await expect(page.locator('tbody tr')).toHaveCount(6);
	await expect(page.locator('main')).not.toContainText('npm run');
	// The purge runs from the page: nothing here is past retention, so it erases nothing.
	await page
		.getByRole('button', { name: 'Effacer maintenant les données arrivées à échéance' })
		.click();
	await expect(page.getByRole('status')).toContainText('Messages anonymisés : 0');
	await expect(page.locator('tbody tr')).toHaveCount(6);
	await checkStaffPage(page, 'retention');
});

test('a post with a forged or missing CSRF token is refused; signing out ends the session', async ({
	page,
}) => {
	await signIn(page);
	await expect(page).toHaveURL(url('/staff/'));
	const path = url(staffPath('staffSubmission', overdueReference));
	for (const csrf of [undefined, 'forged-token'])
		expect(
			(
				await page.request.post(path, {
					headers: { Origin: server.origin },
					form: { ...(csrf ? { csrf } : {}), action: 'note', note: 'Note forgée' },
					maxRedirects: 0,
				})
			).status(),
		).toBe(403);
	await page.goto(path);
	await expect(page.getByText('Note forgée')).toHaveCount(0);

	// Forward a complaint to a member: the mail reaches them without the visitor's details.
	await page.goto(url(staffPath('staffSubmission', waitingReference)));
	await page.getByLabel('Statut', { exact: true }).selectOption('forwarded');
	await page.getByLabel('Transmettre par e-mail à (facultatif)').fill('contact@gite.example.org');
	await page.getByRole('button', { name: 'Enregistrer le statut' }).click();
	await expect(page.getByRole('status')).toHaveText('Modification enregistrée.');
	await expect(page.locator('.history li').last()).toContainText(
		'Message transmis par e-mail à contact@gite.example.org',
	);
	await expect
		.poll(() => smtp.received.filter((mail) => mail.to.includes('contact@gite.example.org')).length)
		.toBe(1);
	const forward = smtp.received.find((mail) => mail.to.includes('contact@gite.example.org'));
	expect(forward?.subject).toBe(
		`Réclamation ${waitingReference} transmise par l’office de tourisme`,
	);
	expect(forward?.text).toContain('Pas encore en retard, réponse attendue.');
	expect(forward?.text).not.toContain('06 12 34 56 78');
	expect(forward?.text).not.toContain('Marc');

	// The newsletter's subscribers, behind the same session.
	const subscribers = await page.request.get(url(staffPath('staffNewsletterExport')));
	expect(subscribers.status()).toBe(200);
	expect(subscribers.headers()['content-type']).toContain('text/csv');
	expect((await subscribers.text()).startsWith('\uFEFFemail,language,sectors')).toBe(true);

	await page.getByRole('button', { name: 'Se déconnecter' }).click();
	await expect(page).toHaveURL(/\/staff\/connexion\/\?sortie=1$/);
	await expect(page.getByText('Vous êtes déconnecté.')).toBeVisible();
	await page.goto(url('/staff/synthese/'));
	await expect(page).toHaveURL(/\/staff\/connexion\/\?suite=%2Fstaff%2Fsynthese%2F$/);
});

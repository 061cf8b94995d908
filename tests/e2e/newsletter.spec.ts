/**
 * The newsletter in Chromium, in both languages, as a visitor uses it, against the built server
 * (dist/server/entry.mjs) sending its mail to a real SMTP server on 127.0.0.1: sign up (without
 * JavaScript: problems by field with everything typed kept; with it: messages under each field,
 * no reload), the confirmation mail arrives with its List-Unsubscribe header, its link confirms,
 * an altered link is refused, the unsubscribe link's button unsubscribes; valid HTML and axe on
 * every state (axe with JavaScript: it runs in the page); the
 * footer and the agenda link to the sign-up.
 */
import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from '../tools/feedback-server';
import { LOCALES, pathTo, UI, type Locale } from '../tools/site-content';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../tools/smtp';
import { expectNoAxeViolations, expectValidHtml } from '../tools/page-checks';

const PRODUCTION = 'https://www.cevennes-montlozere.com';

let smtp: TestSmtpServer;
let server: RunningServer;

test.beforeAll(async () => {
	smtp = await startSmtpServer();
	server = await startServer({
		SQLITE_PATH: `/tmp/cevennes-newsletter-e2e-${process.pid}-${Date.now()}/feedback.sqlite`,
		SMTP_HOST: '127.0.0.1',
		SMTP_PORT: String(smtp.port),
		SMTP_FROM: 'Office de tourisme <accueil@example.org>',
		OFFICE_NOTIFY_EMAIL: 'accueil@example.org',
	});
});

test.afterAll(async () => {
	await server?.stop();
	await smtp?.close();
});

// Server start, mail delivery and several axe runs: up to minutes on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

/** The mail that reaches `address` (the function sends it right after the sign-up). */
async function mailTo(address: string): Promise<ReceivedMail> {
	let found: ReceivedMail | undefined;
	await expect
		.poll(
			() => {
				found = smtp.received.find((mail) => mail.to.includes(address));
				return Boolean(found);
			},
			{ timeout: 20_000 },
		)
		.toBe(true);
	if (!found) throw new Error(`No mail to ${address}`);
	return found;
}

/** The link to `route` in a mail, on the test server instead of the production site. */
function linkIn(mail: ReceivedMail, path: string): string {
	const escaped = `${PRODUCTION}${path}`.replace(/[.?/]/g, '\\$&');
	const match = new RegExp(`${escaped}\\?t=[A-Za-z0-9._-]+`).exec(mail.text);
	if (!match) throw new Error(`No link to ${path} in:\n${mail.text}`);
	return match[0].replace(PRODUCTION, server.origin);
}

/** The same link with its signature's last character changed. */
const tampered = (link: string) => `${link.slice(0, -1)}${link.endsWith('A') ? 'B' : 'A'}`;

let addresses = 0;
const newAddress = (locale: Locale, kind: string) =>
	`visitor-${kind}-${locale}-${process.pid}-${++addresses}@example.org`;

for (const locale of LOCALES) {
	const t = (key: keyof (typeof UI)['fr'], values: Record<string, string | number> = {}) =>
		UI[locale][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
	const signUpPath = pathTo({ route: 'newsletter' }, locale);

	test.describe(`without JavaScript (${locale})`, () => {
		test.use({ javaScriptEnabled: false });

		test(`${signUpPath}: sign up, confirm by mail, an altered link refused, unsubscribe`, async ({
			page,
		}) => {
			const address = newAddress(locale, 'nojs');
			await page.goto(`${server.origin}${signUpPath}`);
			await expect(page.locator('h1')).toHaveText(t('newsletter.title'));

			// Sent with the sectors and consent forgotten: messages by field, the address kept.
			await page.locator('form [name="email"]').fill(address);
			const [sentBack] = await Promise.all([
				page.waitForResponse((response) => response.request().method() === 'POST'),
				page.locator('[data-send]').click(),
			]);
			expect(sentBack.status()).toBe(422);
			await expectValidHtml(await sentBack.text(), `${signUpPath} sent back`);
			await expect(page.locator('[data-form-problem]')).toContainText(t('newsletter.error.fields'));
			await expect(page.locator('#field-sectors-error')).toHaveText(t('newsletter.error.sectors'));
			await expect(page.locator('#field-consent-error')).toHaveText(t('newsletter.error.consent'));
			await expect(page.locator('form [name="email"]')).toHaveValue(address);
			await expect(page.locator(`form [name="language"][value="${locale}"]`)).toBeChecked();

			await page.locator('form input[name="sectors"][value="mont-lozere"]').check();
			await page.locator('form input[name="sectors"][value="calbertois"]').check();
			await page.locator('form [name="consent"]').check();
			await page.locator('[data-send]').click();
			await expect(page).toHaveURL(`${server.origin}${signUpPath}?sent`);
			await expect(page.locator('h1')).toHaveText(t('newsletter.sent.title'));

			const mail = await mailTo(address);
			expect(mail.subject).toBe(t('newsletter.mail.confirm.subject'));
			const unsubscribe = linkIn(mail, pathTo({ route: 'newsletterUnsubscribe' }, locale));
			expect(mail.raw.replace(/\r?\n[ \t]+/g, ' ')).toContain(
				`List-Unsubscribe: <${unsubscribe.replace(server.origin, PRODUCTION)}>`,
			);
			const confirm = linkIn(mail, pathTo({ route: 'newsletterConfirm' }, locale));

			const refused = await page.goto(tampered(confirm));
			expect(refused?.status()).toBe(400);
			await expectValidHtml((await refused?.text()) ?? '', 'confirmation refused');
			await expect(page.locator('h1')).toHaveText(t('newsletter.confirm.invalid.title'));

			// Opening the link confirms nothing (mail scanners open links): its button does.
			const opened = await page.goto(confirm);
			expect(opened?.status()).toBe(200);
			await expectValidHtml((await opened?.text()) ?? '', 'confirmation button');
			await expect(page.locator('h1')).toHaveText(t('newsletter.confirm.ready.title'));
			await page.goto(confirm);
			await expect(page.locator('h1')).toHaveText(t('newsletter.confirm.ready.title'));
			await page
				.locator('main')
				.getByRole('button', { name: t('newsletter.confirm.button') })
				.click();
			await expect(page.locator('h1')).toHaveText(t('newsletter.confirm.confirmed.title'));
			await expectValidHtml(await page.content(), 'confirmed');
			await page.goto(confirm);
			await expect(page.locator('h1')).toHaveText(t('newsletter.confirm.already.title'));

			const altered = await page.goto(tampered(unsubscribe));
			expect(altered?.status()).toBe(400);
			await expect(page.locator('h1')).toHaveText(t('newsletter.unsubscribe.invalid.title'));
			await expect(page.locator('main').getByRole('button')).toHaveCount(0);

			const ready = await page.goto(unsubscribe);
			await expect(page.locator('h1')).toHaveText(t('newsletter.unsubscribe.ready.title'));
			await expectValidHtml((await ready?.text()) ?? '', 'unsubscribe');
			await page
				.locator('main')
				.getByRole('button', { name: t('newsletter.unsubscribe.button') })
				.click();
			await expect(page.locator('h1')).toHaveText(t('newsletter.unsubscribe.done.title'));
			// The address is gone: its confirmation link finds nothing any more.
			await page.goto(confirm);
			await expect(page.locator('h1')).toHaveText(t('newsletter.confirm.gone.title'));
		});
	});

	test.describe(`with JavaScript (${locale})`, () => {
		test(`${signUpPath}: messages under each field, then signed up without reloading`, async ({
			page,
		}) => {
			const address = newAddress(locale, 'js');
			await page.goto(`${server.origin}${signUpPath}`);
			await page.evaluate(() => Object.assign(window, { samePage: true }));
			const email = page.locator('form [name="email"]');
			await email.fill('visitor@');
			await email.blur();
			await expect(page.locator('#field-email-error')).toHaveText(t('feedback.error.email'));
			await expect(email).toHaveAttribute('aria-invalid', 'true');

			let posts = 0;
			page.on('request', (request) => {
				if (request.method() === 'POST') posts += 1;
			});
			await page.locator('[data-send]').click();
			await expect(page.locator('[data-form-problem]')).toBeFocused();
			await expect(page.locator('#field-sectors-error')).toHaveText(t('newsletter.error.sectors'));
			expect(posts).toBe(0);
			await expectNoAxeViolations(page, `${signUpPath} with problems`);

			await email.fill(address);
			await email.blur();
			await expect(page.locator('#field-email-error')).toBeHidden();
			await page.locator('form input[name="sectors"][value="vallee-longue"]').check();
			await page.locator('form [name="consent"]').check();
			await page.locator('[data-send]').click();
			await expect(page.locator('.sent')).toBeVisible();
			await expect(page.locator('.sent h2')).toHaveText(t('newsletter.sent.title'));
			expect(posts).toBe(1);
			expect(
				await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage),
			).toBe(true);
			await expectNoAxeViolations(page, `${signUpPath} sent in place`);

			const mail = await mailTo(address);
			const confirm = linkIn(mail, pathTo({ route: 'newsletterConfirm' }, locale));
			const unsubscribe = linkIn(mail, pathTo({ route: 'newsletterUnsubscribe' }, locale));
			await page.goto(tampered(confirm));
			await expect(page.locator('h1')).toHaveText(t('newsletter.confirm.invalid.title'));
			await expectNoAxeViolations(page, 'confirmation refused');
			await page.goto(confirm);
			await expectNoAxeViolations(page, 'confirmation button');
			await page
				.locator('main')
				.getByRole('button', { name: t('newsletter.confirm.button') })
				.click();
			await expect(page.locator('h1')).toHaveText(t('newsletter.confirm.confirmed.title'));
			await expectNoAxeViolations(page, 'confirmed');
			await page.goto(unsubscribe);
			await expectNoAxeViolations(page, 'unsubscribe');
			await page
				.locator('main')
				.getByRole('button', { name: t('newsletter.unsubscribe.button') })
				.click();
			await expect(page.locator('h1')).toHaveText(t('newsletter.unsubscribe.done.title'));
			await expectNoAxeViolations(page, 'unsubscribed');
		});

		test(`${signUpPath}: the form and the page a browser without JavaScript is sent to pass axe`, async ({
			page,
		}) => {
			const form = await page.goto(`${server.origin}${signUpPath}`);
			await expectValidHtml((await form?.text()) ?? '', `${signUpPath} form`);
			await expectNoAxeViolations(page, `${signUpPath} form`);
			const sent = await page.goto(`${server.origin}${signUpPath}?sent`);
			await expectValidHtml((await sent?.text()) ?? '', `${signUpPath}?sent`);
			await expect(page.locator('h1')).toHaveText(t('newsletter.sent.title'));
			await expectNoAxeViolations(page, `${signUpPath}?sent`);
		});
	});

	test(`the footer and the agenda link to the sign-up (${locale})`, async ({ page }) => {
		await page.goto(`${server.origin}${pathTo({ route: 'events' }, locale)}`);
		await expect(page.locator(`main a[href="${signUpPath}"]`)).toHaveText(
			t('newsletter.agendaLink'),
		);
		await expect(page.locator(`footer a[href="${signUpPath}"]`)).toHaveText(
			t('newsletter.footerLink'),
		);
	});
}

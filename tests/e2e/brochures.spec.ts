/**
 * The brochures and the partners' space in Chromium, in both languages, against the built server
 * (dist/server/entry.mjs) sending its mail to a real SMTP server on 127.0.0.1: every PDF download
 * is a PDF that opens and carries its brochure (pdf.js); a paper-brochure request without
 * JavaScript (problems by field, everything typed kept, confirmation with a reference) and with it
 * (no reload) is stored in the feedback store and mailed to the office; axe on every state; the
 * footer links to both pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { REFERENCE } from '../../src/lib/server/token';
import { startServer, type RunningServer } from '../tools/feedback-server';
import { LOCALES, pathTo, UI } from '../tools/site-content';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../tools/smtp';
import { expectNoAxeViolations, expectValidHtml } from '../tools/page-checks';
import { openSqlite } from '../tools/open-store';
import { pdfText } from '../tools/pdf';

const OFFICE = 'accueil@example.org';
const folder = `/tmp/cevennes-brochures-e2e-${process.pid}-${Date.now()}`;
const SQLITE_PATH = `${folder}/feedback.sqlite`;

/** The brochures of content/brochures/ (id and what the PDF is compiled from). */
const BROCHURES = [
	'guide-destination',
	'carte-touristique',
	'guide-hebergements',
	'fascicule-gastronomie',
	'plans-de-village',
];

let smtp: TestSmtpServer;
let server: RunningServer;

test.beforeAll(async () => {
	mkdirSync(folder, { recursive: true });
	smtp = await startSmtpServer();
	server = await startServer({
		SQLITE_PATH,
		SMTP_HOST: '127.0.0.1',
		SMTP_PORT: String(smtp.port),
		SMTP_FROM: 'Office de tourisme <accueil@example.org>',
		OFFICE_NOTIFY_EMAIL: OFFICE,
	});
});

test.afterAll(async () => {
	await server?.stop();
	await smtp?.close();
});

// Server start, PDF parsing, mail delivery and several axe runs on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

/** Downloads a PDF link of the page and checks that it is a PDF that opens. */
async function download(page: Page, href: string) {
	const response = await page.request.get(`${server.origin}${href}`);
	expect(response.status(), href).toBe(200);
	expect(response.headers()['content-type'], href).toBe('application/pdf');
	const body = await response.body();
	expect(body.subarray(0, 5).toString('latin1'), href).toBe('%PDF-');
	const pdf = await pdfText(body);
	expect(pdf.pages, href).toBeGreaterThan(1);
	return pdf;
}

/** The mail to `address` whose subject holds `reference`. */
async function mailAbout(address: string, reference: string): Promise<ReceivedMail> {
	let found: ReceivedMail | undefined;
	await expect
		.poll(
			() => {
				found = smtp.received.find(
					(mail) => mail.to.includes(address) && mail.subject.includes(reference),
				);
				return Boolean(found);
			},
			{ timeout: 20_000 },
		)
		.toBe(true);
	if (!found) throw new Error(`No mail to ${address} about ${reference}`);
	return found;
}

/** The request as stored by the function, read from its SQLite file. */
async function stored(reference: string) {
	const repository = openSqlite(SQLITE_PATH);
	try {
		return await repository.findSubmission(reference);
	} finally {
		await repository.close();
	}
}

async function fillAddress(page: Page, name: string, postalCode: string) {
	const form = page.locator('form[method="post"]');
	await form.locator('[name="name"]').fill(name);
	await form.locator('[name="street"]').fill('12 rue des Châtaigniers');
	await form.locator('[name="postalCode"]').fill(postalCode);
	await form.locator('[name="city"]').fill('Alès');
	await form.locator('[name="country"]').selectOption('FR');
}

for (const locale of LOCALES) {
	const t = (key: keyof (typeof UI)['fr'], values: Record<string, string | number> = {}) =>
		UI[locale][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
	const brochuresPath = pathTo({ route: 'brochures' }, locale);
	const requestPath = pathTo({ route: 'brochureRequest' }, locale);
	const proPath = pathTo({ route: 'pro' }, locale);

	test(`${brochuresPath}: every brochure downloads as a PDF that opens, and the page passes axe`, async ({
		page,
	}) => {
		await page.goto(`${server.origin}${brochuresPath}`);
		await expect(page.locator('h1')).toHaveText(t('brochures.heading'));
		await expectNoAxeViolations(page, brochuresPath);
		for (const id of BROCHURES) {
			const card = page.locator(`#${id}`);
			const title = (await card.locator('h2').textContent()) ?? '';
			const link = card.getByRole('link', { name: t('brochures.downloadLink', { title }) });
			const href = (await link.getAttribute('href')) ?? '';
			expect(href).toBe(pathTo({ route: 'brochurePdf', id }, locale));
			const pdf = await download(page, href);
			// The file is this brochure, in this language, with the office's contacts.
			expect(pdf.text).toContain(title);
			expect(pdf.text).toContain('info@cevennes-montlozere.com');
			expect(pdf.text).toContain(t('pdf.page', { page: 1, count: pdf.pages - 1 }));
			// The page tells the truth about the file.
			await expect(card.locator('.meta')).toContainText(`${pdf.pages} pages`);
		}
	});

	test(`${proPath}: the partners' space and its guide as a PDF`, async ({ page }) => {
		await page.goto(`${server.origin}${proPath}`);
		await expect(page.locator('h1')).toHaveText(t('pro.heading'));
		await expect(page.locator('.members strong')).toHaveText('200');
		await expectNoAxeViolations(page, proPath);
		const href = await page.getByRole('link', { name: t('pro.guideLink') }).getAttribute('href');
		expect(href).toBe(pathTo({ route: 'partnershipGuidePdf' }, locale));
		const pdf = await download(page, href ?? '');
		expect(pdf.text).toContain(t('pro.guideTitle'));
		expect(pdf.text).toContain(t('pro.commitments'));
		expect(pdf.text).toContain(t('pro.memberCount', { year: 2020, count: 200 }));
	});

	test.describe(`without JavaScript (${locale})`, () => {
		test.use({ javaScriptEnabled: false });

		test(`${requestPath}: a request by post is checked by field, stored and mailed to the office`, async ({
			page,
		}) => {
			await page.goto(`${server.origin}${brochuresPath}`);
			const mapTitle = (await page.locator('#carte-touristique h2').textContent()) ?? '';
			await page
				.getByRole('link', { name: t('brochures.requestOne', { title: mapTitle }) })
				.click();
			await expect(page).toHaveURL(new RegExp(`${requestPath}\\?brochure-tourist-map=yes$`));
			await expect(page.locator('h1')).toHaveText(t('feedback.brochureRequest.title'));
			await expect(page.locator('form [name="brochure-tourist-map"]')).toBeChecked();

			// A French postcode of four digits: sent back with the message under it, all kept.
			const name = `Claire Fabre ${locale} ${process.pid}`;
			await fillAddress(page, name, '3010');
			const [sentBack] = await Promise.all([
				page.waitForResponse((response) => response.request().method() === 'POST'),
				page.locator('[data-send]').click(),
			]);
			expect(sentBack.status()).toBe(422);
			await expectValidHtml(await sentBack.text(), `${requestPath} sent back`);
			await expect(page.locator('[data-form-problem]')).toContainText(t('feedback.error.fields'));
			await expect(page.locator('#field-postalCode-error')).toHaveText(
				t('feedback.error.postalCodeFr'),
			);
			await expect(page.locator('form [name="name"]')).toHaveValue(name);
			await expect(page.locator('form [name="brochure-tourist-map"]')).toBeChecked();

			await page.locator('form [name="postalCode"]').fill('30100');
			await page.locator('[data-send]').click();
			await expect(page).toHaveURL(new RegExp(`${requestPath}\\?reference=`));
			const reference = (await page.locator('[data-reference]').textContent()) ?? '';
			expect(reference).toMatch(/^BRO-\d{4}-/);
			expect(reference).toMatch(REFERENCE);
			await expect(page.locator('main')).toContainText(t('feedback.next.brochureRequest'));

			const request = await stored(reference);
			expect(request).toMatchObject({
				kind: 'brochureRequest',
				locale,
				contactName: name,
				data: {
					'brochure-tourist-map': 'yes',
					street: '12 rue des Châtaigniers',
					postalCode: '30100',
					city: 'Alès',
					country: 'FR',
					language: 'fr',
				},
			});
			const mail = await mailAbout(OFFICE, reference);
			expect(mail.text).toContain(name);
			expect(mail.text).toContain('12 rue des Châtaigniers');
			expect(mail.text).toContain(`${UI.fr['feedback.field.brochure-tourist-map']} : Oui`);
		});
	});

	test(`${requestPath}: with JavaScript, checked in place and sent without reloading`, async ({
		page,
	}) => {
		await page.goto(`${server.origin}${requestPath}`);
		// axe hangs in a page without JavaScript: the form's states are checked here.
		await expectNoAxeViolations(page, `${requestPath} form`);
		await expectValidHtml(
			await (await page.request.get(`${server.origin}${requestPath}`)).text(),
			`${requestPath} form`,
		);
		await page.evaluate(() => {
			localStorage.clear();
			Object.assign(window, { samePage: true });
		});
		const email = `visitor-${locale}-${process.pid}@example.org`;
		await fillAddress(page, 'Jean Dupont', '30100');
		await page.locator('form [name="email"]').fill(email);
		// No brochure ticked: nothing is sent, and the boxes say why.
		let posts = 0;
		page.on('request', (request) => {
			if (request.method() === 'POST') posts += 1;
		});
		await page.locator('[data-send]').click();
		await expect(page.locator('[data-form-problem]')).toBeFocused();
		await expect(page.locator('#brochures-error')).toHaveText(t('feedback.error.brochures'));
		expect(posts).toBe(0);
		await expectNoAxeViolations(page, `${requestPath} with problems`);

		await page.locator('form [name="brochure-gastronomy"]').check();
		await page.locator('form [name="brochure-destination-guide"]').check();
		await page.locator('[data-send]').click();
		await expect(page.locator('.confirmation')).toBeVisible();
		const reference = (await page.locator('[data-reference]').textContent()) ?? '';
		expect(reference).toMatch(REFERENCE);
		expect(posts).toBe(1);
		expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(
			true,
		);
		await expectNoAxeViolations(page, `${requestPath} confirmed in place`);
		await page.goto(`${server.origin}${requestPath}?reference=${reference}`);
		await expectNoAxeViolations(page, `${requestPath} confirmation page`);
		await expectValidHtml(
			await (
				await page.request.get(`${server.origin}${requestPath}?reference=${reference}`)
			).text(),
			`${requestPath} confirmation page`,
		);

		expect((await stored(reference))?.data).toMatchObject({
			'brochure-gastronomy': 'yes',
			'brochure-destination-guide': 'yes',
		});
		await mailAbout(OFFICE, reference);
		const acknowledgement = await mailAbout(email, reference);
		expect(acknowledgement.text).toContain(t('feedback.kindWithArticle.brochureRequest'));
	});

	test(`the footer links to the brochures and the partners' space (${locale})`, async ({
		page,
	}) => {
		await page.goto(`${server.origin}${pathTo({ route: 'home' }, locale)}`);
		const footer = page.locator('footer');
		await footer.getByRole('link', { name: t('nav.brochures') }).click();
		await expect(page).toHaveURL(`${server.origin}${brochuresPath}`);
		await page
			.locator('footer')
			.getByRole('link', { name: t('nav.pro') })
			.click();
		await expect(page).toHaveURL(`${server.origin}${proPath}`);
	});
}

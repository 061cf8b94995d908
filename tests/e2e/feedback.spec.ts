/**
 * The three feedback forms in Chromium, in both languages, as a visitor uses them: without
 * JavaScript (post, errors shown with everything typed kept, confirmation page with a
 * reference) and with it (inline validation, no reload, draft kept across a reload, sending
 * held while offline); the "report an error" links; axe and valid HTML on every state.
 */
import { expect, test, type Page } from '@playwright/test';
import type { FeedbackKind } from '../../src/lib/feedback/choices';
import { REFERENCE } from '../../src/lib/server/token';
import { actionData } from '../../src/lib/http/action-data';
import { feedProviders } from '../tools/feed-content';
import { LOCALES, offices, pathTo, UI } from '../tools/site-content';
import { expectNoAxeViolations, expectValidHtml } from '../tools/page-checks';

/** The contact page's three forms (the paper-brochure request has its own tests: brochures.spec.ts). */
const KINDS = ['suggestion', 'complaint', 'questionnaire'] as const satisfies FeedbackKind[];
type ContactKind = (typeof KINDS)[number];

const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
const office = offices()[0]?.id ?? '';
const provider = feedProviders()[0];

/** Fills a form with valid answers, as a visitor would. */
async function fillValid(page: Page, kind: ContactKind) {
	const form = page.locator('form[method="post"]');
	if (kind === 'suggestion') {
		await form.locator('[name="topic"]').selectOption('territory');
		await form
			.locator('[name="message"]')
			.fill('Le balisage du sentier des Bouviers a disparu après le pont.');
		await form.locator('[name="email"]').fill('visiteur@example.org');
	} else if (kind === 'complaint') {
		await form.locator('input[name="subject"][value="office"]').check();
		await form.locator('[name="officeId"]').selectOption(office);
		await form.locator('[name="factsDate"]').fill(yesterday);
		await form
			.locator('[name="description"]')
			.fill('Le bureau était fermé pendant les heures d’ouverture affichées.');
		await form.locator('[name="expectation"]').fill('Des horaires à jour sur la porte.');
		await form.locator('[name="name"]').fill('Claire Moulin');
		await form.locator('[name="phone"]').fill('06 12 34 56 78');
		await form.locator('[name="consent"]').check();
	} else {
		await form.locator('[name="officeId"]').selectOption(office);
		await form.locator('[name="visitDate"]').fill(yesterday);
		await form.locator('[name="heardFrom"]').selectOption('guidebook');
		await form.locator('input[name="welcome"][value="5"]').check();
		await form.locator('input[name="overall"][value="4"]').check();
		await form.locator('input[name="recommend"][value="yes"]').check();
		await form.locator('[name="country"]').selectOption('BE');
		await form.locator('[name="groupType"]').selectOption('couple');
	}
}

/**
 * The confirmation gives the reference to keep, except the anonymous questionnaire's: nobody
 * will ask about it, so it talks of no reference at all.
 */
async function expectReferenceShown(page: Page, kind: ContactKind, reference: string) {
	const confirmation = page.locator('.confirmation');
	await expect(confirmation).toBeVisible();
	if (kind === 'questionnaire') {
		await expect(page.locator('[data-reference]')).toHaveCount(0);
		for (const locale of LOCALES)
			await expect(confirmation).not.toContainText(
				UI[locale]['feedback.confirmation.referenceLabel'],
			);
		await expect(confirmation).not.toContainText(reference);
	} else await expect(page.locator('[data-reference]')).toHaveText(reference);
}

/** A right answer for that field. */
const RIGHT: Record<ContactKind, string> = {
	suggestion: 'visiteur@example.org',
	complaint: 'Le bureau était fermé pendant les heures d’ouverture affichées.',
	questionnaire: '2',
};

/** The field a wrong answer is typed into, for each form. */
const WRONG: Record<ContactKind, { field: string; value: string }> = {
	suggestion: { field: 'email', value: 'visiteur@' },
	complaint: { field: 'description', value: 'Fermé.' },
	questionnaire: { field: 'groupSize', value: '0' },
};

for (const locale of LOCALES) {
	const t = (key: string) => UI[locale][key as keyof (typeof UI)['fr']];

	test.describe(`without JavaScript (${locale})`, () => {
		test.use({ javaScriptEnabled: false });

		for (const kind of KINDS) {
			const path = pathTo({ route: kind }, locale);

			test(`${path}: problems come back by field with everything typed, then the confirmation`, async ({
				page,
			}) => {
				await page.goto(path);
				await fillValid(page, kind);
				const wrong = WRONG[kind];
				const field = page.locator(`form [name="${wrong.field}"]`);
				await field.fill(wrong.value);
				const [sentBack] = await Promise.all([
					page.waitForResponse((response) => response.request().method() === 'POST'),
					page.locator('[data-send]').click(),
				]);
				expect(sentBack.status()).toBe(422);
				await expectValidHtml(await sentBack.text(), `${path} sent back with problems`);

				// The form posts to its page through the feedback action, which the query names.
				await expect(page).toHaveURL(`${path}?_action=feedback`);
				const problem = page.locator('[data-form-problem]');
				await expect(problem).toBeVisible();
				await expect(problem).toContainText(t('feedback.error.fields'));
				await expect(page.locator(`#field-${wrong.field}-error`)).toBeVisible();
				await expect(field).toHaveValue(wrong.value);
				await expect(field).toHaveAttribute('aria-invalid', 'true');
				// Everything else typed is still there.
				await expect(
					page.locator('form [name="officeId"], form [name="topic"]').first(),
				).not.toHaveValue('');

				await field.fill(RIGHT[kind]);
				await page.locator('[data-send]').click();
				await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}\\?reference=`));
				const reference = new URL(page.url()).searchParams.get('reference') ?? '';
				expect(reference).toMatch(REFERENCE);
				await expectReferenceShown(page, kind, reference);
				await expect(page.locator('h1')).toHaveText(t('feedback.confirmation.title'));
				await expect(page.locator('main')).toContainText(t(`feedback.next.${kind}`).slice(0, 30));
				await expectValidHtml(
					await (await page.request.get(`${path}?reference=${reference}`)).text(),
					`${path} confirmation`,
				);
			});
		}
	});

	test.describe(`with JavaScript (${locale})`, () => {
		// Three axe runs over long forms: more than the default 30 s on a busy 2-core machine.
		test.describe.configure({ timeout: 60_000 });

		for (const kind of KINDS) {
			const path = pathTo({ route: kind }, locale);

			test(`${path}: validates inline with the shared schema and confirms without reloading`, async ({
				page,
			}) => {
				await page.goto(path);
				await page.evaluate(() => localStorage.clear());
				await expectValidHtml(await (await page.request.get(path)).text(), `${path} form`);
				await expectNoAxeViolations(page, `${path} form`);
				await page.evaluate(() => Object.assign(window, { samePage: true }));

				await fillValid(page, kind);
				const wrong = WRONG[kind];
				const field = page.locator(`form [name="${wrong.field}"]`);
				await field.fill(wrong.value);
				await field.blur();
				await expect(page.locator(`#field-${wrong.field}-error`)).toBeVisible();
				await expect(field).toHaveAttribute('aria-invalid', 'true');

				// Sending with a problem left sends nothing.
				let posts = 0;
				page.on('request', (request) => {
					if (request.method() === 'POST') posts += 1;
				});
				await page.locator('[data-send]').click();
				await expect(page.locator('[data-form-problem]')).toBeFocused();
				expect(posts).toBe(0);
				await expectNoAxeViolations(page, `${path} with problems`);

				await field.fill(RIGHT[kind]);
				await field.blur();
				await expect(page.locator(`#field-${wrong.field}-error`)).toBeHidden();
				const [response] = await Promise.all([
					page.waitForResponse((sent) => sent.request().method() === 'POST'),
					page.locator('[data-send]').click(),
				]);
				const reference = String(actionData(await response.text())['reference']);
				expect(reference).toMatch(REFERENCE);
				await expectReferenceShown(page, kind, reference);
				expect(
					await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage),
				).toBe(true);
				expect(posts).toBe(1);
				expect(new URL(page.url()).pathname).toBe(path);
				expect(await page.evaluate(() => localStorage.length)).toBe(0);

				// The confirmation page a browser without JavaScript is sent to (the same markup as the
				// one shown in place).
				await page.goto(`${path}?reference=${reference}`);
				await expectReferenceShown(page, kind, reference);
				await expectNoAxeViolations(page, `${path} confirmation page`);
			});
		}

		test(`${pathTo({ route: 'complaint' }, locale)}: keeps a draft across a reload, and sends when back online`, async ({
			page,
			context,
		}) => {
			const path = pathTo({ route: 'complaint' }, locale);
			await page.goto(path);
			await page.evaluate(() => localStorage.clear());
			await fillValid(page, 'complaint');
			await page.reload();
			await expect(page.locator('[data-status]')).toHaveText(t('feedback.status.draftRestored'));
			await expect(page.locator('form [name="name"]')).toHaveValue('Claire Moulin');
			await expect(page.locator('form [name="officeId"]')).toHaveValue(office);
			await expect(page.locator('form [name="consent"]')).toBeChecked();

			await context.setOffline(true);
			await page.locator('[data-send]').click();
			await expect(page.locator('[data-status]')).toHaveText(t('feedback.status.offline'));
			await context.setOffline(false);
			await expect(page.locator('.confirmation')).toBeVisible();
			expect(await page.locator('[data-reference]').textContent()).toMatch(REFERENCE);
		});
	});

	test(`${pathTo({ route: 'suggestion' }, locale)}: a refusal of Astro's own (a body too large) reads in the page's language, and keeps the draft`, async ({
		page,
	}) => {
		const path = pathTo({ route: 'suggestion' }, locale);
		await page.goto(path);
		await page.evaluate(() => localStorage.clear());
		// Astro answers a body over its limit before the action runs, in English and without fields.
		await page.route('**/_actions/feedback/**', (route) =>
			route.fulfill({
				status: 413,
				contentType: 'application/json',
				body: JSON.stringify({ message: 'Request body exceeds the maximum allowed size.' }),
			}),
		);
		await fillValid(page, 'suggestion');
		await page.locator('[data-send]').click();
		const problem = page.locator('[data-form-problem]');
		await expect(problem).toContainText(t('feedback.error.tooLarge'));
		await expect(problem).not.toContainText('Request body');
		await expect(page.locator('form [name="email"]')).toHaveValue('visiteur@example.org');
	});

	test(`a provider's page (${locale}) opens the suggestion form about it, pre-filled`, async ({
		page,
	}) => {
		if (!provider) throw new Error('No provider in content/feed/');
		const route = {
			accommodation: 'stayEntry',
			restaurant: 'eatEntry',
			activity: 'activitiesEntry',
			producer: 'producersEntry',
			shop: 'shopsEntry',
		} as const;
		const listing = pathTo({ route: route[provider.category], id: provider.id }, locale);
		await page.goto(listing);
		await page.getByRole('link', { name: t('feedback.reportError') }).click();
		await expect(page).toHaveURL(new RegExp(`^[^?]*${pathTo({ route: 'suggestion' }, locale)}\\?`));
		await expect(page.locator('form [name="topic"]')).toHaveValue('provider');
		await expect(page.locator('form [name="page"]')).toHaveValue(listing);
		await expect(page.locator('input[name="providerId"]')).toHaveValue(provider.id);
		await expect(page.getByText(provider.name)).toBeVisible();
	});
}

test('the contact page links to the three forms in each language', async ({ page }) => {
	for (const locale of LOCALES) {
		await page.goto(pathTo({ route: 'contact' }, locale));
		for (const kind of KINDS) {
			const link = page.locator(`a[href="${pathTo({ route: kind }, locale)}"]`);
			await expect(link).toBeVisible();
		}
	}
});

/** The complaint form's pickers, by the subject each belongs to. */
const PICKERS = { office: 'officeId', provider: 'providerId', event: 'eventName' } as const;

/**
 * axe where scripts run (it runs in the page); without JavaScript, valid HTML (the markup is the
 * same, every picker shown).
 */
async function checkPage(page: Page, state: string, scripts: boolean) {
	if (scripts) await expectNoAxeViolations(page, state);
	else await expectValidHtml(await (await page.request.get(page.url())).text(), state);
}

test.describe('on a 390×844 phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	// axe over a long form: slow on a busy 2-core machine.
	test.describe.configure({ timeout: 180_000 });

	for (const javaScriptEnabled of [false, true]) {
		const how = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

		test.describe(how, () => {
			test.use({ javaScriptEnabled });

			for (const locale of LOCALES) {
				const t = (key: string) => UI[locale][key as keyof (typeof UI)['fr']];

				test(`the questionnaire's rating scales each hold on one line (${locale})`, async ({
					page,
				}) => {
					const path = pathTo({ route: 'questionnaire' }, locale);
					await page.goto(path);
					const scales = page.locator('fieldset.scale');
					expect(await scales.count()).toBeGreaterThan(0);
					for (const scale of await scales.all()) {
						const tops = await scale
							.locator('.choice')
							.evaluateAll((choices) =>
								choices.map((choice) => Math.round(choice.getBoundingClientRect().top)),
							);
						expect(tops.length).toBeGreaterThanOrEqual(5);
						expect(new Set(tops).size, await scale.locator('legend').innerText()).toBe(1);
						// Each choice stays a 44 px target, inside the screen.
						for (const box of await scale
							.locator('.choice')
							.evaluateAll((choices) =>
								choices.map((choice) => choice.getBoundingClientRect().toJSON() as DOMRect),
							)) {
							expect(box.width).toBeGreaterThanOrEqual(44);
							expect(box.height).toBeGreaterThanOrEqual(44);
							expect(box.right).toBeLessThanOrEqual(390);
						}
					}
					expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
					await checkPage(page, `${path} at 390 px ${how}`, javaScriptEnabled);
				});

				test(`the complaint form's pickers follow the chosen subject (${locale})`, async ({
					page,
				}) => {
					const path = pathTo({ route: 'complaint' }, locale);
					await page.goto(path);
					if (javaScriptEnabled) await page.evaluate(() => localStorage.clear());
					const form = page.locator('form[method="post"]');
					const picker = (subject: keyof typeof PICKERS) =>
						form.locator(`[name="${PICKERS[subject]}"]`);
					if (!javaScriptEnabled) {
						// Every picker, labelled, whatever the subject.
						for (const subject of Object.keys(PICKERS) as (keyof typeof PICKERS)[]) {
							await expect(picker(subject)).toBeVisible();
							await expect(form.locator(`label[for="field-${PICKERS[subject]}"]`)).toContainText(
								t(`feedback.field.${PICKERS[subject]}`),
							);
						}
						await checkPage(page, `${path} at 390 px ${how}`, javaScriptEnabled);
						return;
					}
					for (const subject of Object.keys(PICKERS) as (keyof typeof PICKERS)[])
						await expect(picker(subject)).toBeHidden();
					await form.locator('input[name="subject"][value="office"]').check();
					await expect(picker('office')).toBeVisible();
					await picker('office').selectOption(office);
					await expect(picker('provider')).toBeHidden();
					await expect(picker('event')).toBeHidden();

					await form.locator('input[name="subject"][value="event"]').check();
					await expect(picker('event')).toBeVisible();
					await expect(picker('office')).toBeHidden();
					await picker('event').fill('Fête de la châtaigne');
					// The office chosen before, now hidden, is neither sent nor checked.
					const sent = await form.evaluate((element) => [
						...new FormData(element as HTMLFormElement).keys(),
					]);
					expect(sent).toContain('eventName');
					expect(sent).not.toContain('officeId');
					expect(sent).not.toContain('providerId');
					await checkPage(page, `${path} at 390 px ${how}`, javaScriptEnabled);

					await form.locator('input[name="subject"][value="other"]').check();
					for (const subject of Object.keys(PICKERS) as (keyof typeof PICKERS)[])
						await expect(picker(subject)).toBeHidden();
				});
			}
		});
	}
});

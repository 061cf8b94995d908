/**
 * The provider lists and pages as a visitor uses them: the accommodation list narrowed
 * by its filters without JavaScript (pre-rendered facet pages) and with it (instant, in the URL,
 * announced), sorting by distance, a provider's page with its contact and labels in both
 * languages, and axe on a list and a provider page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { distanceInMetres } from '../../src/lib/geo/distance';
import { PAGE_SIZE } from '../../src/lib/lists/paging';
import { listOrder } from '../../src/lib/providers/order';
import { labelText } from '../../src/lib/providers/present';
import { useTranslations } from '../../src/lib/i18n/ui';
import { feedProviders, type FeedProvider } from '../tools/feed-content';
import { LOCALES, offices, pathTo, UI } from '../tools/site-content';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The accommodation in the lists' order (src/lib/providers/order.ts). */
const stays = () =>
	listOrder(
		feedProviders().filter((provider) => provider.category === 'accommodation'),
		(provider) => provider,
	);
const cards = (page: Page) => page.locator('#provider-list > li:not([hidden])');
const shownNames = (page: Page) => cards(page).locator('.name').allTextContents();
/** The names on the first page of a list of these providers (pages of PAGE_SIZE cards). */
const names = (providers: FeedProvider[]) =>
	providers.slice(0, PAGE_SIZE).map((provider) => provider.name);
const countText = (count: number) =>
	UI.fr['providers.count.accommodation.other'].replace('{{count}}', String(count));

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a type link narrows the accommodation list to that type, and links back to the full list', async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'stay' }, 'fr'));
		await expect(page.locator('#provider-count')).toContainText(countText(stays().length));
		expect(await shownNames(page)).toEqual(names(stays()));

		const campsites = stays().filter((provider) => provider.kinds.includes('campsite'));
		// The filters are folded, so that the results come first: opened on demand.
		const links = page.locator('#provider-facet-links');
		await expect(links.getByRole('link', { name: UI.fr['providers.kind.campsite'] })).toBeHidden();
		await links.locator('summary').click();
		await links.getByRole('link', { name: UI.fr['providers.kind.campsite'], exact: true }).click();
		await expect(page).toHaveURL(pathTo({ route: 'stayFilter', id: 'type-campsite' }, 'fr'));
		await expect(page.locator('#provider-count')).toContainText(countText(campsites.length));
		expect(await shownNames(page)).toEqual(names(campsites));

		await page.locator('#provider-facet-links summary').click();
		await page.getByRole('link', { name: UI.fr['providers.all'] }).click();
		await expect(page).toHaveURL(pathTo({ route: 'stay' }, 'fr'));
	});

	test('a village link narrows the list to that village', async ({ page }) => {
		await page.goto(pathTo({ route: 'stayFilter', id: 'village-vialas' }, 'fr'));
		await expect(cards(page).first()).toBeVisible();
		expect(await shownNames(page)).toEqual(
			names(stays().filter((provider) => provider.village === 'vialas')),
		);
	});
});

test.describe('with JavaScript', () => {
	test('filters narrow the list instantly, write the URL and announce the count', async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'stay' }, 'fr'));
		await page.evaluate(() => ((window as unknown as { stayedHere: boolean }).stayedHere = true));
		const form = page.getByRole('form', { name: UI.fr['providers.filters'] });
		await expect(page.locator('.facet-filters > summary')).toBeVisible();
		await expect(page.locator('#provider-facet-links')).toBeHidden();
		// Folded at first on every screen, so that the results come first; opened on demand.
		await expect(form).toBeHidden();
		await page.locator('.facet-filters > summary').click();
		await expect(form).toBeVisible();

		await form.getByLabel(UI.fr['providers.facet.pets'], { exact: true }).check();
		await form.getByLabel(UI.fr['providers.facet.capacity']).selectOption('6');
		const expected = stays().filter(
			(provider) => provider.petsAllowed === true && (provider.capacity ?? 0) >= 6,
		);
		expect(expected.length).toBeGreaterThan(0);
		expect(expected.length).toBeLessThan(stays().length);

		const status = page.getByRole('status').filter({ hasText: /hébergement/ });
		await expect(status).toHaveText(countText(expected.length));
		expect(await shownNames(page)).toEqual(names(expected));
		await expect(page).toHaveURL(`${pathTo({ route: 'stay' }, 'fr')}?capacity=6&pets=1`);
		expect(
			await page.evaluate(() => (window as unknown as { stayedHere?: boolean }).stayedHere),
		).toBe(true);

		await form.getByRole('button', { name: UI.fr['providers.reset'] }).click();
		await expect(status).toContainText(countText(stays().length));
		expect(await shownNames(page)).toEqual(names(stays()));
	});

	test('a shared filtered URL opens with its filters applied', async ({ page }) => {
		await page.goto(`${pathTo({ route: 'stay' }, 'en')}?type=hotel&type=guesthouse`);
		const expected = stays().filter((provider) =>
			provider.kinds.some((kind) => kind === 'hotel' || kind === 'guesthouse'),
		);
		await expect(page.locator('#provider-count')).toHaveText(
			UI.en['providers.count.accommodation.other'].replace('{{count}}', String(expected.length)),
		);
		expect(await shownNames(page)).toEqual(names(expected));
		await page.locator('.facet-filters > summary').click();
		await expect(page.getByRole('checkbox', { name: UI.en['providers.kind.hotel'] })).toBeChecked();
	});

	test('on a facet page, widening the filters shows providers beyond that page without a reload', async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'stayFilter', id: 'type-campsite' }, 'fr'));
		await page.locator('.facet-filters > summary').click();
		const form = page.getByRole('form', { name: UI.fr['providers.filters'] });
		await form.getByRole('checkbox', { name: UI.fr['providers.kind.hotel'] }).check();
		const expected = stays().filter((provider) =>
			provider.kinds.some((kind) => kind === 'hotel' || kind === 'campsite'),
		);
		await expect(cards(page)).toHaveCount(Math.min(expected.length, PAGE_SIZE));
		expect(await shownNames(page)).toEqual(names(expected));
		await expect(page).toHaveURL(`${pathTo({ route: 'stay' }, 'fr')}?type=hotel&type=campsite`);
	});

	test('sorting by distance from an office puts the nearest first', async ({ page }) => {
		const vialas = offices().find((office) => office.id === 'vialas');
		if (!vialas) throw new Error('No Vialas office');
		await page.goto(pathTo({ route: 'stay' }, 'fr'));
		await page.locator('.facet-filters > summary').click();
		await page.getByLabel(UI.fr['providers.sort']).selectOption(`office-${vialas.id}`);
		await expect(page).toHaveURL(/sort=office-vialas/);
		const office = (await import('yaml')).parse(
			(await import('node:fs')).readFileSync(`content/offices/${vialas.id}.yaml`, 'utf8'),
		) as { location: { lat: number; lon: number } };
		const nearest = [...stays()].sort(
			(a, b) =>
				distanceInMetres(office.location, a.location) -
				distanceInMetres(office.location, b.location),
		);
		expect((await shownNames(page)).slice(0, 3)).toEqual(names(nearest.slice(0, 3)));
	});
});

/** A sample provider with a phone, an e-mail and labels the site names. */
function labelledProvider(): FeedProvider {
	const provider = stays().find(
		(candidate) =>
			candidate.contact.phones.length > 0 &&
			candidate.contact.email &&
			candidate.labels.some(
				(label) => label.code === 'gites-de-france' && label.level !== undefined,
			),
	);
	if (!provider)
		throw new Error('No labelled accommodation with a phone and an e-mail in the feed');
	return provider;
}

for (const locale of LOCALES) {
	test(`a provider's page shows its contact and labels (${locale})`, async ({ page }) => {
		const provider = labelledProvider();
		const t = useTranslations(locale);
		await page.goto(pathTo({ route: 'stayEntry', id: provider.id }, locale));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(provider.name);

		const contact = page.getByRole('region', { name: UI[locale]['provider.contact'] });
		for (const phone of provider.contact.phones)
			await expect(contact.locator(`a[href="tel:${phone}"]`)).toBeVisible();
		await expect(contact.getByRole('link', { name: provider.contact.email ?? '' })).toHaveAttribute(
			'href',
			`mailto:${provider.contact.email}`,
		);

		const labels = page.getByRole('region', { name: UI[locale]['provider.labels'] });
		for (const label of provider.labels)
			await expect(labels).toContainText(labelText(label, t, locale));
		await expect(labels).toContainText(UI[locale]['providers.labelInfo.gites-de-france']);

		// A sample member gets no structured data: no search engine may list a fictional business.
		if (provider.sample) {
			await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
			return;
		}
		const jsonLd = JSON.parse(
			(await page.locator('script[type="application/ld+json"]').last().textContent()) ?? '{}',
		) as {
			name?: string;
			telephone?: string;
		};
		expect(jsonLd).toMatchObject({ name: provider.name, telephone: provider.contact.phones[0] });
	});
}

const AXE_PAGES = [
	() => pathTo({ route: 'stay' }, 'fr'),
	() => pathTo({ route: 'stayFilter', id: 'type-rental' }, 'en'),
	() => pathTo({ route: 'stayEntry', id: labelledProvider().id }, 'fr'),
	() => pathTo({ route: 'stayEntry', id: labelledProvider().id }, 'en'),
	() => pathTo({ route: 'eat' }, 'en'),
];

for (const path of AXE_PAGES) {
	test(`${path()} has no WCAG 2.2 A/AA violation (axe)`, async ({ page }) => {
		await page.goto(path());
		await expect(page.getByRole('form').first())
			.toBeAttached({ timeout: 5_000 })
			.catch(() => undefined);
		const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		const report = violations.map(
			(violation) =>
				`${violation.id} (${violation.impact}): ${violation.help}\n` +
				violation.nodes
					.map(
						(node) =>
							`  - ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ')}`,
					)
					.join('\n'),
		);
		expect(report, `\n${path()}\n${report.join('\n')}`).toEqual([]);
	});
}

/**
 * The destination pages as a visitor sees them: sectors with their villages and offices, village
 * plans with their services and map, theme pages listing entries of several kinds, no empty
 * section anywhere, and no WCAG 2.2 A/AA violation (axe) on any of their templates.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../tools/built-site';
import { LOCALES, pathTo, UI, type PageRef } from '../tools/site-content';
import { interpolate } from '../../src/lib/i18n/ui';

function entries<T>(folder: string): (T & { id: string })[] {
	const directory = join(ROOT, 'content', folder);
	return readdirSync(directory)
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.map((file) => ({
			...(parse(readFileSync(join(directory, file), 'utf8')) as T),
			id: basename(file, '.yaml'),
		}));
}

const sectors = entries<{ name: string }>('sectors');
const villages = entries<{ name: string; sector: string; services?: { kind: string }[] }>(
	'villages',
);
const offices = entries<{ name: string; village: string }>('offices');
const themes = entries<object>('themes');
const experiences = entries<object>('experiences');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every section of the page's main content has something besides its heading. */
async function expectNoEmptySection(page: Page) {
	const empty = await page.locator('main section').evaluateAll((sections) =>
		sections
			.filter((section) => {
				const content = [...section.children].filter((child) => !/^H[1-6]$/.test(child.tagName));
				return content.every(
					(child) => (child.textContent ?? '').trim() === '' && !child.querySelector('svg, img'),
				);
			})
			.map((section) => section.getAttribute('aria-labelledby') ?? section.outerHTML.slice(0, 80)),
	);
	expect(empty, `empty sections: ${empty.join(', ')}`).toEqual([]);
}

for (const locale of LOCALES) {
	const t = UI[locale];

	for (const sector of sectors) {
		const path = pathTo({ route: 'sector', id: sector.id }, locale);

		test(`${path} shows the sector's villages on a map and in a list, and its offices`, async ({
			page,
		}) => {
			await page.goto(path);
			const main = page.getByRole('main');
			await expect(main.getByRole('heading', { level: 1 })).toHaveText(sector.name);

			const sectorVillages = villages.filter((village) => village.sector === sector.id);
			const list = main.locator('ol.village-list > li');
			await expect(list).toHaveCount(sectorVillages.length);
			for (const village of sectorVillages) {
				await expect(list.getByRole('link', { name: village.name, exact: true })).toHaveAttribute(
					'href',
					pathTo({ route: 'village', id: village.id }, locale),
				);
			}
			const map = main.getByRole('img', {
				name: interpolate(t['sector.mapTitle'], { name: sector.name }, locale),
			});
			await expect(map).toBeVisible();

			const ids = new Set(sectorVillages.map((village) => village.id));
			const sectorOffices = offices.filter((office) => ids.has(office.village));
			expect(sectorOffices.length).toBeGreaterThan(0);
			const officesSection = main.locator('section[aria-labelledby="sector-offices"]');
			for (const office of sectorOffices) {
				await expect(
					officesSection.getByRole('link', { name: office.name, exact: true }),
				).toBeVisible();
			}
			await expectNoEmptySection(page);
		});
	}

	for (const village of villages.filter((entry) => (entry.services ?? []).length > 0).slice(0, 6)) {
		const path = pathTo({ route: 'village', id: village.id }, locale);

		test(`${path} shows its shops and services as a list and on a map`, async ({ page }) => {
			await page.goto(path);
			const plan = page.getByTestId('village-plan');
			await expect(plan.getByRole('heading', { level: 2 })).toHaveText(t['village.plan']);
			const map = plan.getByRole('img', {
				name: interpolate(t['village.planTitle'], { name: village.name }, locale),
			});
			await expect(map).toBeVisible();
			const box = await map.boundingBox();
			expect(box?.width ?? 0).toBeGreaterThan(200);

			const services = village.services ?? [];
			const list = plan.getByRole('list', {
				name: interpolate(t['village.servicesList'], { name: village.name }, locale),
			});
			for (const service of services) {
				const label = t[`village.service.${service.kind}` as keyof typeof t];
				await expect(list.getByText(label, { exact: true }).first()).toBeVisible();
			}
			// One marker per service on the map, numbered as in the list.
			await expect(map.locator('.kind-service')).toHaveCount(services.length);
			await expectNoEmptySection(page);
		});
	}

	for (const theme of themes) {
		const path = pathTo({ route: 'theme', id: theme.id }, locale);

		test(`${path} lists entries of at least two kinds, with no empty section`, async ({ page }) => {
			await page.goto(path);
			const kinds = await page
				.locator('main section[data-kind]')
				.evaluateAll((sections) =>
					sections
						.filter((section) => section.querySelectorAll('li').length > 0)
						.map((section) => section.dataset['kind']),
				);
			expect(new Set(kinds).size, `kinds listed: ${kinds.join(', ')}`).toBeGreaterThanOrEqual(2);
			await expectNoEmptySection(page);
		});
	}

	for (const experience of experiences) {
		const path = pathTo({ route: 'experience', id: experience.id }, locale);

		test(`${path} tells its story with a credited picture, and no empty section`, async ({
			page,
		}) => {
			await page.goto(path);
			const main = page.getByRole('main');
			await expect(main.locator('figure.entry-image figcaption')).toHaveText(/\S/);
			await expect(main.locator('.prose p').first()).toBeVisible();
			await expectNoEmptySection(page);
		});
	}

	test(`${pathTo({ route: 'discover' }, locale)} links to every sector, village, theme and the experiences`, async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'discover' }, locale));
		const main = page.getByRole('main');
		const hrefs = await main
			.locator('a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		const expected: PageRef[] = [
			...sectors.map((sector) => ({ route: 'sector', id: sector.id }) as const),
			...villages.map((village) => ({ route: 'village', id: village.id }) as const),
			...themes.map((theme) => ({ route: 'theme', id: theme.id }) as const),
			{ route: 'experiences' },
			{ route: 'villages' },
		];
		for (const ref of expected) expect(hrefs).toContain(pathTo(ref, locale));
	});
}

/**
 * Destination pages beyond the shared gate's examples (tests/e2e/accessibility.spec.ts checks the
 * discover page, a sector, the village list, Vialas, a theme and the experience list): a village
 * with a heritage walk, a small village, another theme and an experience, in both languages.
 */
const TEMPLATES: PageRef[] = [
	{ route: 'village', id: 'le-pont-de-montvert' },
	{ route: 'village', id: 'molezon' },
	{ route: 'theme', id: 'gastronomie' },
	{ route: 'experience', id: 'nuit-etoilee-mont-lozere' },
];

for (const template of TEMPLATES) {
	for (const locale of LOCALES) {
		const path = pathTo(template, locale);

		test(`${path} has no WCAG 2.2 A/AA violation (axe)`, async ({ page }) => {
			await page.goto(path);
			const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			const report = violations.map(
				(violation) =>
					`${violation.id} (${violation.impact}): ${violation.help}\n` +
					violation.nodes
						.map((node) => `  - ${node.target.join(' ')}\n    ${node.failureSummary ?? ''}`)
						.join('\n'),
			);
			expect(report, `\n${path}\n${report.join('\n')}`).toEqual([]);
		});
	}
}

/**
 * The home page as a visitor's first screen, at a phone's and a desktop's size: the promise and the
 * ways in (where to stay, eat, hikes, the agenda, the map) without scrolling, nothing but a drawing
 * in either half of a desktop's first screen; below, the month's picks, and the offices with
 * confirmed hours only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { monthInParis, picksOfMonth } from '../../src/lib/season-picks';
import { LOCALES, offices, pageCopy, pathTo, UI, type RouteName } from '../tools/site-content';

const ENTRIES: [RouteName, keyof (typeof UI)['fr']][] = [
	['stay', 'nav.stay'],
	['eat', 'nav.eat'],
	['hikes', 'nav.hikes'],
	['events', 'nav.events'],
	['map', 'nav.map'],
];
const SIZES = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1366, height: 900 },
];

/** The picks of content/season-picks/ for this month, as the build chose them. */
function picksNow() {
	const folder = 'content/season-picks';
	const picks = readdirSync(folder).map((file) => ({
		id: file,
		data: parse(readFileSync(`${folder}/${file}`, 'utf8')) as {
			months: number[];
			order: number;
			title: { fr: string; en: string };
		},
	}));
	return picksOfMonth(picks, monthInParis(new Date()));
}

for (const size of SIZES) {
	for (const locale of LOCALES) {
		test(`${size.name}: the first screen holds the promise and the ways in, without scrolling (${locale})`, async ({
			browser,
		}) => {
			// Without JavaScript too: the first screen is the built page itself.
			const context = await browser.newContext({
				viewport: { width: size.width, height: size.height },
				javaScriptEnabled: false,
			});
			const page = await context.newPage();
			await page.goto(pathTo({ route: 'home' }, locale));
			const t = UI[locale];
			const copy = pageCopy('home', locale);
			const screen = { width: size.width, height: size.height };
			const within = (box: { x: number; y: number; width: number; height: number } | null) => {
				expect(box).not.toBeNull();
				if (!box) return;
				expect(box.y).toBeGreaterThanOrEqual(0);
				expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
				expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
			};
			within(await page.getByRole('heading', { level: 1, name: copy.heading }).boundingBox());
			within(await page.getByText(copy.promise).boundingBox());
			const entries = page.getByRole('navigation', { name: t['home.entries'] });
			for (const [route, label] of ENTRIES) {
				const link = entries.getByRole('link', { name: t[label], exact: true });
				await expect(link).toHaveAttribute('href', pathTo({ route }, locale));
				within(await link.boundingBox());
			}
			if (size.width >= 1000) {
				// No empty half: the promise on the left, the ways in on the right.
				const promise = await page.getByText(copy.promise).boundingBox();
				const ways = await entries.boundingBox();
				expect((promise?.x ?? screen.width) + (promise?.width ?? 0) / 2).toBeLessThan(
					screen.width / 2,
				);
				expect((ways?.x ?? 0) + (ways?.width ?? 0) / 2).toBeGreaterThan(screen.width / 2);
			}
			await context.close();
		});
	}
}

for (const locale of LOCALES) {
	test(`the home page shows this month's picks and no other (${locale})`, async ({ page }) => {
		await page.goto(pathTo({ route: 'home' }, locale));
		const expected = picksNow().map((pick) => pick.data.title[locale]);
		expect(expected.length).toBeGreaterThan(0);
		const section = page.getByRole('region', { name: UI[locale]['home.season'] });
		await expect(section.getByRole('heading', { level: 3 })).toHaveText(expected);
	});

	test(`offices without confirmed hours show no hours, only "to be confirmed" and their phone (${locale})`, async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'home' }, locale));
		const section = page.getByRole('region', { name: UI[locale]['home.openToday'] });
		const unconfirmed = offices().filter(
			(office) => !(office as unknown as { hoursConfirmed?: boolean }).hoursConfirmed,
		);
		expect(unconfirmed.length).toBeGreaterThan(0);
		for (const office of unconfirmed) {
			const item = section.getByRole('listitem').filter({
				has: page.getByRole('link', { name: office.name, exact: true }),
			});
			await expect(item).toContainText(
				UI[locale]['hours.toConfirm'].split('{{phone}}')[0]?.trim() ?? '',
			);
			await expect(item.locator('a[href^="tel:"]')).toHaveCount(1);
			await expect(item).not.toContainText(/\d\s?h|\d:\d\d/);
		}
	});
}

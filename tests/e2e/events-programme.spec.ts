/**
 * The printed fortnightly programme: Chromium's PDF of it has the expected number of A4 pages,
 * no text off a page, and every event's name printed whole.
 */
import { expect, test, type Page } from '@playwright/test';
import { pathTo } from '../tools/site-content';

/** The printable area of an A4 page with the programme's 12 mm margins, in CSS pixels. */
const A4 = {
	width: ((210 - 24) / 25.4) * 96,
	height: ((297 - 24) / 25.4) * 96,
};

async function pdfPages(pdf: Buffer) {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false })
		.promise;
	const pages: {
		width: number;
		height: number;
		items: { text: string; x: number; y: number; width: number; height: number }[];
	}[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const pdfPage = await document.getPage(number);
		const { width, height } = pdfPage.getViewport({ scale: 1 });
		const content = await pdfPage.getTextContent();
		pages.push({
			width,
			height,
			items: content.items.flatMap((item) =>
				'str' in item && item.str.trim()
					? [
							{
								text: item.str,
								x: item.transform[4] as number,
								y: item.transform[5] as number,
								width: item.width,
								height: item.height,
							},
						]
					: [],
			),
		});
	}
	return pages;
}

/** The whole area's programme of the current fortnight, or the one with the most events. */
async function programmeHref(page: Page, which: 'current' | 'busiest'): Promise<string> {
	const links = await page.locator('main li').evaluateAll((items) =>
		items.flatMap((item) => {
			const href = item.querySelector('a')?.getAttribute('href') ?? '';
			const count = Number(/\d+/.exec(item.querySelector('.count')?.textContent ?? '')?.[0] ?? 1);
			return href.endsWith('-cevennes-mont-lozere/') ? [{ href, count }] : [];
		}),
	);
	const chosen =
		which === 'current'
			? links[0]
			: links.reduce((best, link) => (link.count > best.count ? link : best));
	return chosen!.href;
}

for (const [locale, which] of [
	['fr', 'current'],
	['fr', 'busiest'],
	['en', 'busiest'],
] as const) {
	test(`a fortnightly programme prints on the expected number of A4 pages, no text off a page (${locale}, ${which})`, async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'programmes' }, locale));
		const href = await programmeHref(page, which);
		await page.goto(href);
		const titles = await page
			.locator('.programme .entry .title')
			.evaluateAll((items) => items.map((item) => item.textContent?.trim() ?? ''));
		expect(titles.length).toBeGreaterThan(0);

		// The page as Chromium lays it out for print, on the width of an A4 page's printable area.
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: Math.floor(A4.width), height: Math.floor(A4.height) });
		await expect(page.locator('.site-header')).toBeHidden();
		const layout = await page.evaluate(() => {
			const blocks = [
				...document.querySelectorAll<HTMLElement>('.programme .entry, .programme-foot'),
			];
			// A day's heading stays with its first line: together they are one unbreakable block.
			const headings = [...document.querySelectorAll<HTMLElement>('.programme .day h2')].map(
				(heading) => {
					const first = heading.nextElementSibling?.querySelector('.entry');
					return first
						? first.getBoundingClientRect().bottom - heading.getBoundingClientRect().top
						: 0;
				},
			);
			return {
				// The programme is all that is printed: the site's header, footer and links are not.
				height:
					(document.querySelector('.programme')?.getBoundingClientRect().bottom ?? 0) +
					window.scrollY,
				widest: document.documentElement.scrollWidth,
				tallestBlock: Math.max(
					...blocks.map((block) => block.getBoundingClientRect().height),
					...headings,
				),
			};
		});
		expect(layout.widest, 'nothing wider than the page').toBeLessThanOrEqual(Math.ceil(A4.width));
		const fewest = Math.ceil(layout.height / A4.height);
		// Lines are never split between pages: each page may end up to one block short.
		const most = Math.ceil(layout.height / (A4.height - layout.tallestBlock));

		const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
		const pages = await pdfPages(pdf);
		console.log(
			`${href}: ${pages.length} A4 page(s), layout ${Math.round(layout.height)} px (${fewest}–${most} expected)`,
		);
		expect(pages.length).toBeGreaterThanOrEqual(fewest);
		expect(pages.length).toBeLessThanOrEqual(most);

		const margin = (12 / 25.4) * 72 - 1;
		for (const [index, pdfPage] of pages.entries()) {
			expect(pdfPage.width).toBeCloseTo(595.28, 0);
			expect(pdfPage.height).toBeCloseTo(841.89, 0);
			for (const item of pdfPage.items) {
				const where = `page ${index + 1}: "${item.text}" at ${Math.round(item.x)},${Math.round(item.y)}`;
				expect(item.x, where).toBeGreaterThanOrEqual(margin);
				expect(item.x + item.width, where).toBeLessThanOrEqual(pdfPage.width - margin);
				expect(item.y, where).toBeGreaterThanOrEqual(margin - item.height);
				expect(item.y + item.height, where).toBeLessThanOrEqual(pdfPage.height - margin + 1);
			}
		}
		// Every event's name is printed whole.
		const printed = pages
			.flatMap((pdfPage) => pdfPage.items.map((item) => item.text))
			.join(' ')
			.replace(/\s+/g, ' ');
		for (const title of titles) expect(printed).toContain(title.replace(/\s+/g, ' '));
	});
}

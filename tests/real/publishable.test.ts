/**
 * The real site: a build with SAMPLE_DATA=off (`npm run test:real` builds it into dist-real/ and
 * runs this file with BUILD_DIR=dist-real). Nothing of the sample data may reach a visitor: no page
 * of a sample member, event or hike, no fictional phone number (the ranges ARCEP keeps for
 * fiction, 04 65 71… and 06 39 98…), no `.example` web address, no "Exemple" mark, in the pages,
 * the calendars, the map data, the downloads and the brochures alike. The pages the sample data
 * filled say honestly that there is nothing yet, and give the office's number.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleFeedIds, sampleYamlIds } from '../../src/lib/content/sample-ids';
import { builtFiles, DIST } from '../tools/built-site';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tools/chromium';
import { WCAG_TAGS } from '../tools/page-checks';
import { BUILD_DIR } from '../tools/paths';
import { pdfText } from '../tools/pdf';
import { startStaticSite } from '../tools/static-site';

/** Files whose text a visitor or an application reads. */
const TEXT_FILE = /\.(html|ics|json|geojson|gpx|kml|xml|txt|webmanifest)$/;

/** The fictional ranges, in any of the ways a page writes a number. */
const FICTIONAL_PHONE =
	/(?<![\d.])(?:\+33|0033|0)[\s.\u00a0-]*(?:\(0\)[\s.\u00a0-]*)?(?:4[\s.\u00a0-]*65[\s.\u00a0-]*71|6[\s.\u00a0-]*39[\s.\u00a0-]*98)(?:[\s.\u00a0-]*\d{2}){2}/;

/** A web or e-mail address on the `.example` domain. */
const EXAMPLE_DOMAIN = /[\w-]+\.example(?![\w.-]*\.[a-z])(?=[/"'\s<>)?#:,;]|$)/i;

const files = builtFiles();
const texts = files
	.filter((file) => TEXT_FILE.test(file))
	.map((file) => ({ file, text: readFileSync(join(DIST, file), 'utf8') }));

const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const visibleText = (html: string) =>
	html
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&nbsp;|\u00a0/g, ' ')
		.replace(/\s+/g, ' ');

describe('the real site (SAMPLE_DATA=off)', () => {
	it('has no page, download or data file of a sample member, event or hike', () => {
		const sampleIds = new Set([
			...sampleFeedIds(),
			...sampleYamlIds('events'),
			...sampleYamlIds('hikes'),
		]);
		// The content holds sample entries: were they built, this test would see them.
		expect(sampleIds.size).toBeGreaterThan(200);
		const found = files.filter((file) =>
			file.split('/').some((segment) => sampleIds.has(segment.replace(/\.[a-z]+$/, ''))),
		);
		expect(found).toEqual([]);
	});

	it('writes no fictional phone number and no .example address', () => {
		const phones = texts.filter(({ text }) => FICTIONAL_PHONE.test(text)).map(({ file }) => file);
		const domains = texts.filter(({ text }) => EXAMPLE_DOMAIN.test(text)).map(({ file }) => file);
		expect(phones).toEqual([]);
		expect(domains).toEqual([]);
	});

	it('marks nothing "Exemple" and shows no demonstration banner', () => {
		const marked = texts
			.filter(({ file }) => file.endsWith('.html'))
			.filter(({ text }) => /class="[^"]*\b(sample-mark|demo-banner)\b/.test(text))
			.map(({ file }) => file);
		expect(marked).toEqual([]);
	});

	it('builds its brochures from real data only', async () => {
		const pdfs = files.filter((file) => file.endsWith('.pdf'));
		expect(pdfs.length).toBeGreaterThan(0);
		for (const file of pdfs) {
			const { text } = await pdfText(readFileSync(join(DIST, file)));
			expect(text, file).not.toMatch(FICTIONAL_PHONE);
			expect(text, file).not.toMatch(EXAMPLE_DOMAIN);
			expect(text, file).not.toMatch(/\bexemple\b|\bexample\b|fictif|fictional/i);
		}
	}, 60_000);

	it('says the agenda has nothing announced yet, with the office’s number, in both languages', () => {
		expect(visibleText(page('agenda'))).toContain(
			'Aucun rendez-vous n’est annoncé pour l’instant. Pour savoir ce qui se prépare dans les vallées, appelez l’office au 04 66 45 81 94.',
		);
		expect(visibleText(page('en/whats-on'))).toContain(
			'No events have been announced yet. To find out what is coming up in the valleys, call the office on +33 4 66 45 81 94.',
		);
	});

	it('says each office’s hours are to be confirmed, with the number, and no live status', () => {
		for (const path of ['/agenda/', '/en/whats-on/', '/en/offices/vialas/', '/hebergements/']) {
			const html = page(path);
			expect(html, path).not.toContain('<opening-status');
		}
		expect(visibleText(page('bureaux/vialas'))).toContain(
			'Horaires à confirmer : appelez le 04 66 45 81 94',
		);
		expect(visibleText(page('en/offices/vialas'))).toContain(
			'Opening hours to be confirmed: call +33 4 66 45 81 94',
		);
		expect(visibleText(page(''))).toContain('Horaires à confirmer : appelez le 04 66 45 81 94');
	});

	it('says a list of members is still empty, with the number', () => {
		expect(visibleText(page('hebergements'))).toContain('appelez-nous au 04 66 45 81 94');
		expect(visibleText(page('en/where-to-stay'))).toContain('call us on +33 4 66 45 81 94');
	});

	it('printed what it left out, and the settings the office still has to fill in', () => {
		const log = join(BUILD_DIR, 'build.log');
		expect(existsSync(log), 'npm run test:real writes the build log').toBe(true);
		const text = readFileSync(log, 'utf8');
		expect(text).toMatch(/SAMPLE_DATA=off: 160 sample members left out/);
		expect(text).toMatch(/SAMPLE_DATA=off: \d+ sample events left out/);
		expect(text).toMatch(/SAMPLE_DATA=off: \d+ sample hikes left out/);
		for (const field of ['publicationDirector', 'host.name', 'host.address'])
			expect(text).toContain(
				`To fill in before going online: content/organisation.json: ${field}:`,
			);
		expect(text).toContain(
			'To fill in before going online: content/offices/vialas.yaml: hoursConfirmed:',
		);
	});

	it('passes axe on the pages that say there is nothing yet', async () => {
		const site = await startStaticSite();
		const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
		try {
			const problems: string[] = [];
			for (const path of [
				'/agenda/',
				'/en/whats-on/',
				'/bureaux/',
				'/en/offices/vialas/',
				'/hebergements/',
				'/en/shop/',
				'/',
			]) {
				const context = await browser.newContext();
				const tab = await context.newPage();
				await tab.goto(`${site.origin}${path}`, { waitUntil: 'domcontentloaded' });
				const { violations } = await new AxeBuilder({ page: tab }).withTags(WCAG_TAGS).analyze();
				problems.push(
					...violations.map(
						(violation) =>
							`${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
					),
				);
				await context.close();
			}
			expect(problems).toEqual([]);
		} finally {
			await browser.close();
			await site.stop();
		}
	}, 120_000);
});

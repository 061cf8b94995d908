/**
 * The byte-budget gate itself (tests/tools/budgets.ts), on a fixture site written to a temporary
 * folder: a deliberately over-budget page fails every budget with its figure, a page within them
 * passes, and a script imported lazily (on interaction) is counted.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetProblems } from '../tools/budgets';
import { pageWeight, total } from '../tools/page-weight';

/** Text that gzip cannot shrink much: letters drawn by a seeded generator (xorshift). */
function noise(length: number, seed = 42): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ';
	let state = seed;
	let text = '';
	for (let index = 0; index < length; index++) {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		text += alphabet[Math.abs(state) % alphabet.length];
	}
	return text;
}

let site: string;

beforeAll(() => {
	site = mkdtempSync(join(tmpdir(), 'budget-fixture-'));
	mkdirSync(join(site, 'over'));
	mkdirSync(join(site, 'ok'));
	mkdirSync(join(site, 'home'));
	mkdirSync(join(site, '_astro'));
	writeFileSync(join(site, '_astro/big.css'), `.x{content:"${noise(40_000, 7)}"}`);
	writeFileSync(
		join(site, '_astro/entry.js'),
		`import{a}from"./shared.js";document.addEventListener("click",()=>import("./lazy.js"));a();`,
	);
	writeFileSync(join(site, '_astro/shared.js'), `export const a=()=>"${noise(2_000, 3)}";`);
	writeFileSync(join(site, '_astro/lazy.js'), `export default "${noise(30_000, 5)}";`);
	writeFileSync(join(site, '_astro/photo.jpg'), 'not really a photo');
	writeFileSync(
		join(site, 'over/index.html'),
		`<!doctype html><html lang="fr"><head><title>Over</title>
<link rel="stylesheet" href="/_astro/big.css"><script type="module" src="/_astro/entry.js"></script></head>
<body><main><img src="/_astro/photo.jpg" alt="A"><img src="/_astro/photo.jpg" alt="B" width="10" height="10">
<p>${noise(90_000)}</p></main></body></html>`,
	);
	writeFileSync(
		join(site, 'ok/index.html'),
		`<!doctype html><html lang="fr"><head><title>OK</title></head><body><main>
<picture><source type="image/avif" srcset="/_astro/photo.jpg 400w, /_astro/photo.jpg 800w">
<img src="/_astro/photo.jpg" srcset="/_astro/photo.jpg 400w" alt="C" width="400" height="300"></picture>
<img src="/_astro/photo.jpg" srcset="/a.webp 400w" alt="D" width="4" height="3" loading="lazy">
<script>navigator.serviceWorker?.register('/sw.js')</script></main></body></html>`,
	);
	// Within the 60 kB of any page, beyond the home page's 14 kB of HTML and CSS.
	writeFileSync(
		join(site, 'home/index.html'),
		`<!doctype html><html lang="fr"><head><title>Home</title></head><body><main>
<p>${noise(20_000, 11)}</p></main></body></html>`,
	);
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the byte-budget gate', () => {
	it('fails an over-budget page on every budget, each with its figure', () => {
		const problems = budgetProblems(site, 'over/index.html', '/over/', 'none');
		const text = problems.join('\n');
		expect(text).toMatch(/^\/over\/: HTML \d+\.\d kB gzipped > 60\.0 kB$/m);
		expect(text).toMatch(/^\/over\/: CSS \d+\.\d kB gzipped > 20\.0 kB \(_astro\/big\.css/m);
		expect(text).toMatch(
			/^\/over\/: JavaScript \d+\.\d kB gzipped > 1\.0 kB \(budget "none" 0\.0 kB \+ menu 1\.0 kB\): .*_astro\/lazy\.js/m,
		);
		expect(text).toMatch(/photo\.jpg">: no width and height/);
		expect(text).toMatch(/photo\.jpg">: no srcset/);
		expect(text).toMatch(/photo\.jpg">: no AVIF or WebP version/);
		expect(text).toMatch(/photo\.jpg">: below the first image, but not loading="lazy"/);
	});

	it('counts scripts imported lazily, and their imports', () => {
		const scripts = pageWeight(site, 'over/index.html').js.map((asset) => asset.name);
		expect(scripts).toEqual(['_astro/entry.js', '_astro/lazy.js', '_astro/shared.js']);
	});

	it('the same JavaScript passes a budget large enough for it', () => {
		const js = total(pageWeight(site, 'over/index.html').js);
		expect(js).toBeGreaterThan(15_000);
		expect(js).toBeLessThan(60_000);
		expect(budgetProblems(site, 'over/index.html', '/over/', 'map').join('\n')).not.toMatch(
			/JavaScript/,
		);
	});

	it('holds the home page to 14 kB of HTML and CSS, and no other page', () => {
		expect(budgetProblems(site, 'home/index.html', '/', 'none')).toEqual([
			expect.stringMatching(/^\/: home page HTML \+ CSS \d+\.\d kB gzipped > 14\.0 kB$/),
		]);
		expect(budgetProblems(site, 'home/index.html', '/en/', 'none')).toHaveLength(1);
		expect(budgetProblems(site, 'home/index.html', '/bureaux/', 'none')).toEqual([]);
	});

	it('passes a page within budget, its 1 kB of inline script allowed', () => {
		expect(pageWeight(site, 'ok/index.html').inlineJs).toBeGreaterThan(0);
		expect(budgetProblems(site, 'ok/index.html', '/ok/', 'none')).toEqual([]);
	});
});

/**
 * What a built page weighs, as a visitor's browser downloads it: its HTML, its stylesheets, every
 * script it loads or can load, and its images — all gzipped (level 9, as a static host serves
 * them). Shared by the byte-budget gate (tests/site/page-budgets.test.ts), its own test against an
 * over-budget fixture and `npm run bench`. Each function takes the folder of a built site, so that
 * the gate can be pointed at a fixture. Runs under Node directly too (bench): erasable syntax only.
 *
 * How scripts are counted: every `<script src>`, every island's component and renderer
 * (`<astro-island component-url renderer-url>`) and every `<link rel="modulepreload">`, then,
 * recursively, every JavaScript file their code names — static imports, dynamic `import()` (code
 * loaded on interaction, or once a map is on screen) and Vite's preload lists. So a page's figure is
 * everything it can ever load, not only what the first paint needs. Inline scripts count too
 * (JSON-LD excepted: it is data). One exception, read from the page: Astro's Preact renderer imports
 * Preact signals only for an island given signal props (`data-preact-signals`), so that module is
 * counted only on such a page. Files of the search index (`/pagefind/`) are data the search page
 * fetches as the visitor types, measured by `npm run bench:search`, and are not counted here.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

export const gzipped = (content: string | Buffer): number => gzipSync(content, { level: 9 }).length;

export interface Asset {
	/** A file of the site ("_astro/x.js") or "inline script 1". */
	name: string;
	/** Gzipped bytes. */
	bytes: number;
}

export interface PageWeight {
	/** Gzipped bytes of the HTML document. */
	html: number;
	/** Stylesheets the page links and its inline `<style>` elements. */
	css: Asset[];
	/** Scripts: inline ones, and files followed through their imports. */
	js: Asset[];
	/** Inline scripts alone (the service worker registration allowance applies to them). */
	inlineJs: number;
	/** Images of `<img src>` / `srcset` and `<source srcset>` (every candidate), not gzipped. */
	images: Asset[];
}

export const total = (assets: Asset[]): number =>
	assets.reduce((sum, asset) => sum + asset.bytes, 0);

/** A site-relative file name ("_astro/x.js") for a URL of the page, or undefined if external. */
function siteFile(url: string, pageFile: string): string | undefined {
	if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
	const path = url.split(/[?#]/)[0] ?? '';
	if (!path) return undefined;
	const resolved = path.startsWith('/')
		? path.slice(1)
		: posix.normalize(posix.join(posix.dirname(pageFile), path));
	return decodeURIComponent(resolved);
}

/** JavaScript files a module names: static and dynamic imports, and Vite's preload lists. */
export function referencedScripts(site: string, file: string): string[] {
	const code = readFileSync(join(site, file), 'utf8');
	return [...code.matchAll(/["'`]((?:\.{1,2}\/|\/?_astro\/)[^"'`\s]+?\.m?js)["'`]/g)].map(
		(match) => {
			const name = match[1] ?? '';
			return name.startsWith('.')
				? normalize(join(dirname(file), name))
						.split('\\')
						.join('/')
				: name.replace(/^\//, '');
		},
	);
}

/** Preact signals, as Vite names its chunk: loaded by the Preact renderer for signal props only. */
const PREACT_SIGNALS = /(?:^|\/)signals\.module\.[\w-]+\.js$/;

/** Gzipped sizes of shared files (stylesheets, scripts), measured once per process. */
const fileSizes = new Map<string, number>();
function gzippedFile(site: string, file: string): number {
	const path = join(site, file);
	let size = fileSizes.get(path);
	if (size === undefined) {
		size = existsSync(path) ? gzipped(readFileSync(path)) : 0;
		fileSizes.set(path, size);
	}
	return size;
}

/** Scripts a module names, read once per process. */
const moduleImports = new Map<string, string[]>();
function cachedReferences(site: string, file: string): string[] {
	const path = join(site, file);
	let names = moduleImports.get(path);
	if (!names) {
		names = existsSync(path) ? referencedScripts(site, file) : [];
		moduleImports.set(path, names);
	}
	return names;
}

function stylesOf(site: string, root: HTMLElement, pageFile: string): Asset[] {
	const linked = root
		.querySelectorAll('link[rel~="stylesheet"][href]')
		.flatMap((link) => {
			const file = siteFile(link.getAttribute('href') ?? '', pageFile);
			return file ? [file] : [];
		})
		.map((file) => ({ name: file, bytes: gzippedFile(site, file) }));
	const inline = root
		.querySelectorAll('style')
		.map((style, index) => ({ name: `inline style ${index + 1}`, bytes: gzipped(style.text) }));
	return [...linked, ...inline];
}

function scriptsOf(site: string, root: HTMLElement, pageFile: string): Asset[] {
	const inline = root
		.querySelectorAll('script:not([src])')
		.filter((script) => script.getAttribute('type') !== 'application/ld+json')
		.map((script, index) => ({ name: `inline script ${index + 1}`, bytes: gzipped(script.text) }));
	const pending = [
		...root.querySelectorAll('script[src]').map((script) => script.getAttribute('src') ?? ''),
		...root
			.querySelectorAll('link[rel="modulepreload"][href]')
			.map((link) => link.getAttribute('href') ?? ''),
		...root
			.querySelectorAll('astro-island')
			.flatMap((island) => [
				island.getAttribute('component-url') ?? '',
				island.getAttribute('renderer-url') ?? '',
			]),
	].flatMap((url) => {
		const file = url && siteFile(url, pageFile);
		return file ? [file] : [];
	});
	const signals = root.querySelector('astro-island[data-preact-signals]') !== null;
	const seen = new Set<string>();
	while (pending.length > 0) {
		const next = pending.pop() ?? '';
		if (seen.has(next) || next.startsWith('pagefind/')) continue;
		if (!signals && PREACT_SIGNALS.test(next)) continue;
		seen.add(next);
		pending.push(...cachedReferences(site, next));
	}
	const files = [...seen].sort().map((name) => ({ name, bytes: gzippedFile(site, name) }));
	return [...inline, ...files];
}

function imagesOf(site: string, root: HTMLElement, pageFile: string): Asset[] {
	const urls = new Set<string>();
	for (const image of root.querySelectorAll('img[src]')) urls.add(image.getAttribute('src') ?? '');
	for (const element of root.querySelectorAll('img[srcset], source[srcset]'))
		for (const candidate of (element.getAttribute('srcset') ?? '').split(','))
			urls.add(candidate.trim().split(/\s+/)[0] ?? '');
	return [...urls].flatMap((url) => {
		const file = url && siteFile(url, pageFile);
		if (!file || !existsSync(join(site, file))) return [];
		return [{ name: file, bytes: statSync(join(site, file)).size }];
	});
}

/** The weight of the page built as `file` (relative to `site`: "agenda/index.html"). */
export function pageWeight(site: string, file: string): PageWeight {
	const html = readFileSync(join(site, file), 'utf8');
	const root = parse(html);
	const js = scriptsOf(site, root, file);
	return {
		html: gzipped(html),
		css: stylesOf(site, root, file),
		js,
		inlineJs: total(js.filter((asset) => asset.name.startsWith('inline script'))),
		images: imagesOf(site, root, file),
	};
}

/** Why an `<img>` of the page is not responsive: one line per image at fault. */
export function imageProblems(html: string): string[] {
	const root = parse(html);
	const problems: string[] = [];
	const images = root.querySelectorAll('img');
	images.forEach((image, index) => {
		const src = image.getAttribute('src') ?? '';
		const label = `<img src="${src.slice(0, 80)}">`;
		const isVector = /\.svg(?:[?#]|$)/i.test(src) || src.startsWith('data:image/svg');
		if (!image.hasAttribute('width') || !image.hasAttribute('height'))
			problems.push(`${label}: no width and height (the layout shifts when it arrives)`);
		if (!isVector) {
			const picture = image.parentNode?.tagName === 'PICTURE' ? image.parentNode : undefined;
			const candidates = [
				image.getAttribute('srcset') ?? '',
				...(picture
					?.querySelectorAll('source')
					.map((source) => source.getAttribute('srcset') ?? '') ?? []),
			].join(',');
			const types = [
				src,
				candidates,
				...(picture
					?.querySelectorAll('source')
					.map((source) => source.getAttribute('type') ?? '') ?? []),
			].join(' ');
			if (!/\d+w\b|\d(?:\.\d+)?x\b/.test(candidates))
				problems.push(`${label}: no srcset (one size for every screen)`);
			if (!/\.(?:avif|webp)\b|image\/(?:avif|webp)/i.test(types))
				problems.push(`${label}: no AVIF or WebP version`);
		}
		// The first image may be the page's largest paint and loads at once; any later one is
		// below the fold on a phone and waits until it is near.
		if (index > 0 && image.getAttribute('loading') !== 'lazy')
			problems.push(`${label}: below the first image, but not loading="lazy"`);
	});
	return problems;
}

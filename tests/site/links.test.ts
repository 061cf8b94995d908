/**
 * No broken internal link or missing asset: every same-origin URL in a built page (href, src,
 * srcset, and the URL-valued Open Graph tags) must map to a file of the built site or to a route
 * rendered on demand, and every `#fragment` must name an element of its target page. Absolute URLs on the production origin count as
 * internal, so canonical and hreflang links are checked too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import {
	builtPages,
	DIST,
	fileForPath,
	INTERNAL_ORIGINS,
	PRODUCTION_ORIGIN,
	servedOnDemand,
} from '../tools/built-site';

/** Attributes holding one URL, by the elements that carry them. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
	['a[href]', 'href'],
	['area[href]', 'href'],
	['link[href]', 'href'],
	['script[src]', 'src'],
	['img[src]', 'src'],
	['source[src]', 'src'],
	['track[src]', 'src'],
	['video[src]', 'src'],
	['video[poster]', 'poster'],
	['audio[src]', 'src'],
	['iframe[src]', 'src'],
	['embed[src]', 'src'],
	['object[data]', 'data'],
	['form[action]', 'action'],
	['use[href]', 'href'],
	['meta[property="og:url"]', 'content'],
	['meta[property="og:image"]', 'content'],
	['meta[name="twitter:image"]', 'content'],
];

/** `srcset` holds comma-separated "URL descriptor" candidates. */
const SRCSET_SELECTORS = ['img[srcset]', 'source[srcset]', 'link[imagesrcset]'];

interface Reference {
	/** The URL as written in the page. */
	raw: string;
	/** The selector that found it, e.g. `a[href]`. */
	where: string;
}

function referencesOf(root: HTMLElement): Reference[] {
	const references: Reference[] = [];
	for (const [selector, attribute] of URL_ATTRIBUTES) {
		for (const element of root.querySelectorAll(selector)) {
			const raw = element.getAttribute(attribute)?.trim();
			if (raw) references.push({ raw, where: selector });
		}
	}
	for (const selector of SRCSET_SELECTORS) {
		for (const element of root.querySelectorAll(selector)) {
			const attribute = element.hasAttribute('srcset') ? 'srcset' : 'imagesrcset';
			for (const candidate of (element.getAttribute(attribute) ?? '').split(',')) {
				const raw = candidate.trim().split(/\s+/)[0];
				if (raw) references.push({ raw, where: selector });
			}
		}
	}
	return references;
}

const parsedPages = new Map<string, HTMLElement>();
function parsedPage(file: string): HTMLElement {
	let root = parsedPages.get(file);
	if (!root) {
		root = parse(readFileSync(join(DIST, file), 'utf8'));
		parsedPages.set(file, root);
	}
	return root;
}

/** Whether `fragment` names an element of the page: an id, or a legacy `<a name>`. */
function hasTarget(root: HTMLElement, fragment: string): boolean {
	// "#top" scrolls to the top of any page, per the HTML spec.
	// @see https://html.spec.whatwg.org/multipage/browsing-the-web.html#scroll-to-the-fragment-identifier
	if (fragment.toLowerCase() === 'top') return true;
	return root
		.querySelectorAll('[id], a[name]')
		.some((element) => element.id === fragment || element.getAttribute('name') === fragment);
}

/** Why a reference from `pagePath` is broken, or undefined when it resolves. */
function problemWith(raw: string, pagePath: string): string | undefined {
	let url: URL;
	try {
		url = new URL(raw, new URL(pagePath, PRODUCTION_ORIGIN));
	} catch {
		return 'not a valid URL';
	}
	if (!INTERNAL_ORIGINS.has(url.origin)) return undefined;
	// Rendered by the server on request; the end-to-end tests visit them.
	if (servedOnDemand(url.pathname)) return undefined;
	const file = fileForPath(url.pathname);
	if (!file) {
		const withSlash = `${url.pathname}/`;
		return fileForPath(withSlash)
			? `no file in dist/ for ${url.pathname}: the site's URLs end with a slash, ${withSlash}`
			: `no file in dist/ for ${url.pathname}`;
	}
	// Text fragments (#:~:text=…) select text, not an element.
	const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0];
	if (fragment && file.endsWith('.html') && !hasTarget(parsedPage(file), fragment)) {
		return `no element with id "${fragment}" in ${url.pathname}`;
	}
	return undefined;
}

describe('internal links and assets', () => {
	it.each(builtPages())('$path has no broken internal link or missing asset', ({ file, path }) => {
		const broken = referencesOf(parsedPage(file)).flatMap(({ raw, where }) => {
			const problem = problemWith(raw, path);
			return problem ? [`${path} → ${raw} (${where}: ${problem})`] : [];
		});
		expect(broken, `\n${broken.join('\n')}`).toEqual([]);
	});
});

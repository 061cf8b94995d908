/**
 * The built site's static files (SITE_DIR of ./paths.ts), as the site gates and end-to-end tests
 * see them: every page with the path it is served at, and the file a URL path maps to on a static
 * host.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ON_DEMAND_ROUTES } from '../../src/lib/i18n/route-pages.ts';
import { ROUTES } from '../../src/lib/i18n/routes.ts';
import { ROOT, SITE_DIR } from './paths.ts';

export { ROOT };
/** The folder of the built static site (the pages, assets and data files served as they are). */
export const DIST = SITE_DIR;

/** The production origin: absolute URLs on it (canonical, hreflang, og:url) are links into dist. */
export const PRODUCTION_ORIGIN = 'https://www.cevennes-montlozere.com';

/** Origins whose URLs are internal: production, and the one the site was built for if different. */
export const INTERNAL_ORIGINS = new Set(
	[PRODUCTION_ORIGIN, process.env['SITE_URL']]
		.filter((url): url is string => Boolean(url))
		.map((url) => new URL(url).origin),
);

export interface BuiltPage {
	/** Path of the HTML file relative to dist/, with forward slashes: "bureaux/vialas/index.html". */
	file: string;
	/** The URL path the page is served at: "/bureaux/vialas/", "/404.html". */
	path: string;
}

function assertBuilt(): void {
	if (!existsSync(join(DIST, 'index.html'))) {
		throw new Error(`No built site in ${DIST}: run \`npm run build\` first.`);
	}
}

/** Every file under dist/, relative, with forward slashes. */
export function builtFiles(): string[] {
	assertBuilt();
	return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
		.filter((name) => statSync(join(DIST, name)).isFile())
		.map((name) => name.split(sep).join('/'))
		.sort();
}

/** Every HTML page of the built site, in path order. */
export function builtPages(): BuiltPage[] {
	return builtFiles()
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({ file, path: pathOfFile(file) }))
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** "bureaux/index.html" → "/bureaux/"; "404.html" → "/404.html". */
export function pathOfFile(file: string): string {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
	return `/${file}`;
}

/**
 * The file in dist/ a URL path is served from, the way a static host with `trailingSlash: 'always'`
 * serves it: "/x/" → x/index.html, "/x.html" or "/x.svg" → that file. Undefined when none exists.
 */
export function fileForPath(pathname: string): string | undefined {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const candidate = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
	const absolute = join(DIST, candidate);
	if (!absolute.startsWith(DIST) || !existsSync(absolute) || !statSync(absolute).isFile()) {
		return undefined;
	}
	return relative(DIST, absolute).split(sep).join('/');
}

/** Paths of the routes the server renders on demand (no file in the built site). */
const ON_DEMAND_PATHS = new Set<string>(
	ON_DEMAND_ROUTES.flatMap((route): string[] => Object.values(ROUTES[route])).filter(
		(path) => !path.includes('{id}'),
	),
);

/** Whether a URL path is one of the routes rendered on demand by the server. */
export const servedOnDemand = (pathname: string): boolean => ON_DEMAND_PATHS.has(pathname);

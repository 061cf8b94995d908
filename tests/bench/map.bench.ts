/**
 * `npm run bench`: how long the map takes, in Debian's Chromium, from navigation to every marker
 * or cluster drawn (the `map:drawn` performance mark that <place-map> sets two frames after its
 * first render), with the sample data and with 10,000 generated providers. Target: under 1 s for
 * 10,000 points on this machine. Prints figures; asserts nothing.
 *
 * The 10,000-point case is built into a temporary copy of dist/: the bench writes the generated
 * layer as `/carte/bench-10000.geojson` and a copy of the map page, `/carte/bench-10000/`, whose
 * map configuration lists that layer beside the offices. The site itself knows nothing of it.
 * Tiles are blocked (route abort), as the machine has no network: the figure is the site's own.
 */
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parse } from 'node-html-parser';
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { serialiseLayer } from '../../src/lib/map/geojson.ts';
import { MARKER_SYMBOLS } from '../../src/lib/map/symbols.ts';
import { DIST } from '../tools/built-site.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tools/chromium.ts';
import { SYNTHETIC_KINDS, syntheticPlaces } from '../tools/synthetic-places.ts';

const RUNS = 5;
const POINTS = 10_000;

const VIEWPORTS: Record<string, BrowserContextOptions> = {
	'desktop 1280×800': { viewport: { width: 1280, height: 800 } },
	'phone 390×844': {
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
	},
};

/** A copy of dist/ with the 10,000-point layer and a map page that shows it. */
function prepareSite(): string {
	if (!existsSync(join(DIST, 'carte/index.html')))
		throw new Error('No built site: run `npm run build` first.');
	const root = mkdtempSync(join(tmpdir(), 'map-bench-'));
	cpSync(DIST, root, { recursive: true });
	const layer = serialiseLayer(syntheticPlaces(POINTS));
	writeFileSync(join(root, 'carte/bench-10000.geojson'), layer);

	const page = parse(readFileSync(join(root, 'carte/index.html'), 'utf8'));
	const element = page.querySelector('place-map');
	if (!element) throw new Error('/carte/ has no <place-map>');
	const config = JSON.parse(element.getAttribute('data-config') ?? '{}') as {
		layers: object[];
		kinds: Record<string, string>;
	};
	config.layers.push({
		id: 'bench',
		label: 'Prestataires (synthétiques)',
		color: '#8a3f14',
		symbol: MARKER_SYMBOLS.house,
		prominentKinds: [],
		anchor: false,
		url: '/carte/bench-10000.geojson',
	});
	for (const kind of SYNTHETIC_KINDS) config.kinds[kind] = kind;
	element.setAttribute('data-config', JSON.stringify(config));
	mkdirSync(join(root, 'carte/bench-10000'));
	writeFileSync(join(root, 'carte/bench-10000/index.html'), page.toString());
	console.log(
		`10,000-point layer: ${(layer.length / 1000).toFixed(0)} kB (${root}/carte/bench-10000.geojson)`,
	);
	return root;
}

/** How many places the map page shows with the site's own data (all its layers). */
function sitePlaces(root: string): number {
	const element = parse(readFileSync(join(root, 'carte/index.html'), 'utf8')).querySelector(
		'place-map',
	);
	const { layers } = JSON.parse(element?.getAttribute('data-config') ?? '{}') as {
		layers: { url: string }[];
	};
	return layers
		.filter(({ url }) => !url.includes('bench'))
		.reduce((sum, { url }) => {
			const collection = JSON.parse(readFileSync(join(root, url), 'utf8')) as {
				features: unknown[];
			};
			return sum + collection.features.length;
		}, 0);
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.geojson': 'application/geo+json',
	'.json': 'application/json',
};

/** A plain static server on 127.0.0.1 for the copy (uncompressed, as on a local disk). */
function serve(root: string): Promise<{ server: Server; origin: string }> {
	const server = createServer((request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(root) || !existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
		response.end(readFileSync(file));
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({ server, origin: `http://127.0.0.1:${port}` });
		});
	});
}

interface Measure {
	drawn: number;
	/** When the last byte of the map code (Leaflet included) and of the GeoJSON arrived. */
	code: number;
	data: number;
	markers: number;
	clusters: number;
	tiles: number;
}

async function measure(
	browser: Browser,
	url: string,
	options: BrowserContextOptions,
): Promise<Measure> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	let tiles = 0;
	await page.route(
		(target) => target.hostname !== '127.0.0.1',
		async (route) => {
			tiles += 1;
			await route.abort();
		},
	);
	await page.goto(url);
	// On a phone the map may start below the fold; it loads only once on screen.
	await page.locator('place-map .map-canvas').scrollIntoViewIfNeeded();
	await page.waitForSelector('place-map[data-state="ready"]', { timeout: 30_000 });
	const result = await page.evaluate(() => {
		/** When the last matching resource finished arriving, in ms since navigation. */
		const arrived = (pattern: RegExp) =>
			Math.max(
				...performance
					.getEntriesByType('resource')
					.filter(({ name }) => pattern.test(name))
					.map((entry) => (entry as PerformanceResourceTiming).responseEnd),
			);
		return {
			drawn: performance.getEntriesByName('map:drawn')[0]?.startTime ?? NaN,
			code: arrived(/runtime[^/]*\.js$/),
			data: arrived(/\.geojson$/),
			markers: document.querySelectorAll('.pm-marker:not(.pm-cluster)').length,
			clusters: document.querySelectorAll('.pm-cluster').length,
		};
	});
	await context.close();
	return { ...result, tiles };
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const root = prepareSite();
const { server, origin } = await serve(root);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
	console.log(
		`\nNavigation → all markers and clusters drawn, median of ${RUNS} cold loads (min–max):`,
	);
	for (const [name, path] of [
		[`the site's data (${sitePlaces(root)} places)`, '/carte/'],
		[`${POINTS.toLocaleString('en')} generated providers + the site's data`, '/carte/bench-10000/'],
	] as const) {
		for (const [viewportName, options] of Object.entries(VIEWPORTS)) {
			const runs: Measure[] = [];
			// One warm-up load, not counted: Chromium's own first start-up costs.
			await measure(browser, `${origin}${path}`, options);
			for (let run = 0; run < RUNS; run++)
				runs.push(await measure(browser, `${origin}${path}`, options));
			const drawn = runs.map((run) => run.drawn);
			const code = median(runs.map((run) => run.code));
			const data = median(runs.map((run) => run.data));
			const last = runs.at(-1);
			console.log(
				`  ${name}, ${viewportName}: ${median(drawn).toFixed(0)} ms ` +
					`(${Math.min(...drawn).toFixed(0)}–${Math.max(...drawn).toFixed(0)} ms); ` +
					`map code in at ${code.toFixed(0)} ms, data at ${data.toFixed(0)} ms; ` +
					`${last?.markers} markers + ${last?.clusters} clusters drawn, ${last?.tiles} tile requests blocked`,
			);
		}
	}
	console.log(
		`\nTarget: under 1,000 ms for 10,000 points. Load average during the run: ${loadavg()
			.map((load) => load.toFixed(1))
			.join(', ')} on ${cpus().length} cores (figures rise with it).`,
	);
} finally {
	await browser.close();
	server.close();
	rmSync(root, { recursive: true, force: true });
}

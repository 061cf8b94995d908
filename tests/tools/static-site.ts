/**
 * A throwaway static host for tests that must change what the site serves (the service worker
 * update test serves a new sw.js): a copy of the built static site in a temporary folder, served
 * on 127.0.0.1 at a free port, with the content types and the 404 page a static host gives.
 * Copying also shields the tests from another build rewriting dist/ while they run.
 */
import { createServer, type Server } from 'node:http';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { SITE_DIR } from './paths.ts';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.geojson': 'application/geo+json',
	'.gpx': 'application/gpx+xml',
	'.kml': 'application/vnd.google-earth.kml+xml',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.jpg': 'image/jpeg',
	'.ics': 'text/calendar; charset=utf-8',
	'.pdf': 'application/pdf',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.pagefind': 'application/wasm',
};

export interface StaticSite {
	origin: string;
	/** The copy's folder: write into it to change what is served. */
	folder: string;
	stop(): Promise<void>;
}

async function fileFor(folder: string, pathname: string): Promise<string | undefined> {
	const path = normalize(join(folder, decodeURIComponent(pathname)));
	if (!path.startsWith(folder)) return undefined;
	for (const candidate of [path, join(path, 'index.html')]) {
		const info = await stat(candidate).catch(() => undefined);
		if (info?.isFile()) return candidate;
	}
	return undefined;
}

/** Copies the built site (`source`, the build's static folder by default) and serves the copy. */
export async function startStaticSite(source = process.env['OFFLINE_SITE_DIR'] ?? SITE_DIR) {
	const folder = await mkdtemp(join(tmpdir(), 'cevennes-static-'));
	await cp(source, folder, { recursive: true });
	const server: Server = createServer((request, response) => {
		void (async () => {
			const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
			const file = await fileFor(folder, pathname);
			const status = file ? 200 : 404;
			const body = await readFile(file ?? join(folder, '404.html'));
			response.writeHead(status, {
				'Content-Type': CONTENT_TYPES[extname(file ?? '.html')] ?? 'application/octet-stream',
				'Cache-Control': 'no-cache',
			});
			response.end(body);
		})().catch(() => {
			response.writeHead(500);
			response.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		folder,
		stop: async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
			await rm(folder, { recursive: true, force: true });
		},
	} satisfies StaticSite;
}

/**
 * A proxy in front of `astro preview` that gzips text responses, as the production host does
 * (Netlify compresses HTML, CSS, JavaScript, JSON and SVG for every browser that accepts it), so
 * that Lighthouse downloads the bytes a visitor downloads. `astro preview` (the Node adapter's
 * server) sends them uncompressed: the agenda's HTML would weigh 275 kB instead of 22 kB.
 * Runs under Node directly too (bench): erasable syntax only.
 */
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface Proxy {
	origin: string;
	stop(): Promise<void>;
}

const COMPRESSIBLE =
	/^(?:text\/|application\/(?:javascript|json|geo\+json|xml|manifest\+json)|image\/svg)/;

/** Listens on 127.0.0.1 (a free port) and forwards every request to `target`. */
export async function startCompressingProxy(target: string): Promise<Proxy> {
	const upstream = new URL(target);
	const server = createServer((incoming, outgoing) => {
		const headers: IncomingHttpHeaders = { ...incoming.headers, host: upstream.host };
		// The proxy compresses; the server must not.
		delete headers['accept-encoding'];
		const forward = request(
			{
				hostname: upstream.hostname,
				port: upstream.port,
				method: incoming.method,
				path: incoming.url,
				headers,
			},
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => {
					let body = Buffer.concat(chunks);
					const responseHeaders = { ...response.headers };
					const type = String(responseHeaders['content-type'] ?? '');
					if (
						COMPRESSIBLE.test(type) &&
						!responseHeaders['content-encoding'] &&
						/\bgzip\b/.test(String(incoming.headers['accept-encoding'] ?? '')) &&
						body.length > 0
					) {
						body = gzipSync(body);
						responseHeaders['content-encoding'] = 'gzip';
						responseHeaders['vary'] = 'Accept-Encoding';
					}
					delete responseHeaders['transfer-encoding'];
					responseHeaders['content-length'] = String(body.length);
					outgoing.writeHead(response.statusCode ?? 502, responseHeaders);
					outgoing.end(body);
				});
			},
		);
		forward.on('error', (error) => {
			outgoing.writeHead(502, { 'content-type': 'text/plain' });
			outgoing.end(String(error));
		});
		incoming.pipe(forward);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/**
 * A local photo server for the tests of the build's photo pipeline: generated fixture photos
 * (JPEG, PNG, WebP, made by sharp) and the failures a real image server gives — a 404, an HTML
 * page named `.jpg` (sent as image/jpeg), a 20 MB file (with and without its length), an answer slower than any timeout, a
 * redirect, a 503 that passes on the third attempt. It counts the requests of each path, so
 * that a test can tell a cached photo from a downloaded one.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

export interface PhotoServer {
	/** "http://127.0.0.1:port". */
	origin: string;
	/** Requests received per path. */
	hits: Map<string, number>;
	close(): Promise<void>;
}

/** Circles of many colours, as many every time (a fixed pseudo-random sequence): a photo's detail. */
function detail(width: number, height: number): Buffer {
	let seed = 7;
	const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	const circles = Array.from({ length: 400 }, () => {
		const [x, y, r] = [next() * width, next() * height, 10 + next() * 60].map(Math.round);
		const [red, green, blue] = [next(), next(), next()].map((value) => Math.round(value * 255));
		return `<circle cx="${x}" cy="${y}" r="${r}" fill="rgb(${red},${green},${blue})" fill-opacity=".5"/>`;
	});
	return Buffer.from(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${circles.join('')}</svg>`,
	);
}

/**
 * A photo of a plain colour with a gradient band, so that its encodings are not trivial; with
 * `detailed`, shapes too, so that its resized copies keep enough bytes for the browser to count
 * it as content (Chromium leaves images of too few bits per pixel out of the largest paint).
 */
export async function fixturePhoto(
	width: number,
	height: number,
	format: 'jpeg' | 'png' | 'webp',
	colour: { r: number; g: number; b: number },
	detailed = false,
): Promise<Buffer> {
	const band = Buffer.from(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#fff" stop-opacity=".6"/></linearGradient></defs><rect y="${height / 3}" width="${width}" height="${height / 3}" fill="url(#g)"/></svg>`,
	);
	const layers = detailed ? [{ input: detail(width, height) }, { input: band }] : [{ input: band }];
	return sharp({ create: { width, height, channels: 3, background: colour } })
		.composite(layers)
		.toFormat(format)
		.toBuffer();
}

/** The paths the server answers, for the tests to name. */
export const PHOTO_PATHS = {
	jpeg: '/photos/terrace.jpg',
	png: '/photos/garden.png',
	webp: '/photos/room.webp',
	redirect: '/photos/moved.jpg',
	missing: '/photos/missing.jpg',
	html: '/photos/page.jpg',
	huge: '/photos/huge.jpg',
	hugeUnannounced: '/photos/huge-unannounced.jpg',
	slow: '/photos/slow.jpg',
	flaky: '/photos/flaky.jpg',
	giant: '/photos/giant.png',
} as const;

/** A PNG that says it is width × height pixels (a decompression bomb's header), and no more. */
function pngHeader(width: number, height: number): Buffer {
	const chunk = (type: string, data: Buffer) => {
		const length = Buffer.alloc(4);
		length.writeUInt32BE(data.byteLength);
		const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(body));
		return Buffer.concat([length, body, crc]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(Buffer.alloc(0))),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

export async function startPhotoServer(): Promise<PhotoServer> {
	const files = new Map<string, { body: Buffer; type: string }>([
		[
			PHOTO_PATHS.jpeg,
			{
				body: await fixturePhoto(1600, 1067, 'jpeg', { r: 120, g: 140, b: 90 }, true),
				type: 'image/jpeg',
			},
		],
		[
			PHOTO_PATHS.png,
			{ body: await fixturePhoto(900, 600, 'png', { r: 90, g: 120, b: 160 }), type: 'image/png' },
		],
		// Served as octet-stream: the type is read from the bytes, not from the header.
		[
			PHOTO_PATHS.webp,
			{
				body: await fixturePhoto(1200, 800, 'webp', { r: 160, g: 110, b: 80 }),
				type: 'application/octet-stream',
			},
		],
		[
			PHOTO_PATHS.html,
			{ body: Buffer.from('<!doctype html><title>Not found</title><p>Gone.'), type: 'image/jpeg' },
		],
		[PHOTO_PATHS.giant, { body: pngHeader(30_000, 30_000), type: 'image/png' }],
	]);
	const hits = new Map<string, number>();
	const sockets = new Set<Socket>();
	const server: Server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		const count = (hits.get(path) ?? 0) + 1;
		hits.set(path, count);
		const file = files.get(path);
		if (file) {
			response.writeHead(200, {
				'content-type': file.type,
				'content-length': file.body.byteLength,
			});
			response.end(file.body);
		} else if (path === PHOTO_PATHS.redirect) {
			response.writeHead(301, { location: PHOTO_PATHS.jpeg });
			response.end();
		} else if (path === PHOTO_PATHS.huge || path === PHOTO_PATHS.hugeUnannounced) {
			// 20 MB that starts like a JPEG: announced by its Content-Length, or sent without one
			// (the cap must then stop the read itself).
			const size = 20 * 1024 * 1024;
			response.writeHead(200, {
				'content-type': 'image/jpeg',
				...(path === PHOTO_PATHS.huge ? { 'content-length': size } : {}),
			});
			const chunk = Buffer.alloc(1024 * 1024);
			chunk.set([0xff, 0xd8, 0xff, 0xe0]);
			let sent = 0;
			const send = () => {
				while (sent < size) {
					sent += chunk.byteLength;
					if (!response.write(chunk)) {
						response.once('drain', send);
						return;
					}
				}
				response.end();
			};
			send();
		} else if (path === PHOTO_PATHS.slow) {
			// The headers, then nothing: slower than any timeout.
			response.writeHead(200, { 'content-type': 'image/jpeg' });
			response.write(Buffer.from([0xff, 0xd8, 0xff]));
		} else if (path === PHOTO_PATHS.flaky && count < 3) {
			response.writeHead(503, { 'retry-after': '1' });
			response.end();
		} else if (path === PHOTO_PATHS.flaky) {
			const body = files.get(PHOTO_PATHS.jpeg)?.body ?? Buffer.alloc(0);
			response.writeHead(200, { 'content-type': 'image/jpeg' });
			response.end(body);
		} else {
			response.writeHead(404, { 'content-type': 'text/html' });
			response.end('<!doctype html><title>404</title>');
		}
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		hits,
		close: () =>
			new Promise<void>((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			}),
	};
}

/**
 * A stream read into memory with a cap: the request bodies of the server's routes
 * (src/lib/http/body.ts) and the members' photos the build downloads
 * (src/lib/remote-photos/fetch-photo.ts) are both abandoned as soon as they pass their limit,
 * never held whole.
 */

/**
 * The stream's bytes, or undefined once it passes `limit` bytes (the stream is then cancelled).
 * A failed read throws, as the stream's reader does.
 */
export async function readCapped(
	stream: ReadableStream<Uint8Array>,
	limit: number,
): Promise<Uint8Array | undefined> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > limit) {
			await reader.cancel().catch(() => undefined);
			return undefined;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

import { describe, expect, it } from 'vitest';
import { readCapped } from '../../../../src/lib/http/read-capped';

/** A stream of `chunks`, recording whether its reader cancelled it. */
function streamOf(chunks: number[][]) {
	const state = { cancelled: false, pulled: 0 };
	const stream = new ReadableStream<Uint8Array>({
		pull(controller) {
			const chunk = chunks[state.pulled++];
			if (chunk) controller.enqueue(new Uint8Array(chunk));
			else controller.close();
		},
		cancel() {
			state.cancelled = true;
		},
	});
	return { stream, state };
}

describe('readCapped', () => {
	it('joins the chunks of a stream within the limit, in order', async () => {
		const { stream } = streamOf([[1, 2], [3], [4, 5, 6]]);
		expect(await readCapped(stream, 6)).toEqual(new Uint8Array([1, 2, 3, 4, 5, 6]));
	});

	it('stops at the chunk that passes the limit and cancels the rest', async () => {
		const { stream, state } = streamOf([[1, 2], [3, 4], [5], [6]]);
		expect(await readCapped(stream, 3)).toBeUndefined();
		expect(state.cancelled).toBe(true);
		expect(state.pulled).toBeLessThan(4);
	});

	it('throws when the stream fails', async () => {
		const stream = new ReadableStream<Uint8Array>({
			pull(controller) {
				controller.error(new Error('connection reset'));
			},
		});
		await expect(readCapped(stream, 10)).rejects.toThrow('connection reset');
	});
});

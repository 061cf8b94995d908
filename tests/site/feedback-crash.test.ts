/**
 * A visitor's message is never lost: the built server is killed with SIGKILL in the middle of a
 * load, restarted, and every submission that had received a 2xx is there (and sending it again
 * gives the same reference). Against both stores.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS, suiteName, type TestStore } from '../tools/feedback-stores';
import { postFeedback, startServer, suggestionBody } from '../tools/feedback-server';

const WORKERS = 16;

for (const storeKind of STORE_KINDS) {
	describe.skipIf(storeKind.skip)(`crash under load on ${suiteName(storeKind)}`, () => {
		let store: TestStore;
		beforeAll(() => {
			store = storeKind.create();
		});
		afterAll(async () => {
			await store.cleanup();
		});

		it('keeps every acknowledged submission after SIGKILL and restart', async () => {
			const repository = await store.open();
			const settings = store.lastLocation;
			const server = await startServer(settings);
			const acknowledged = new Map<string, Record<string, string>>();
			let refused = 0;
			let running = true;

			const worker = async () => {
				while (running) {
					const body = suggestionBody();
					try {
						const answer = await postFeedback(server.origin, body);
						if (answer.reference) acknowledged.set(answer.reference, body);
						else refused += 1;
					} catch {
						// The server is gone: this one was never acknowledged.
						return;
					}
				}
			};
			const load = Promise.all(Array.from({ length: WORKERS }, worker));
			// Kill it once it is busy, mid-stream.
			while (acknowledged.size < 150) await new Promise((resolve) => setTimeout(resolve, 20));
			await server.stop('SIGKILL');
			running = false;
			await load;
			expect(refused).toBe(0);

			const restarted = await startServer(settings);
			try {
				const missing: string[] = [];
				for (const reference of acknowledged.keys())
					if (!(await repository.findSubmission(reference))) missing.push(reference);
				expect(missing, `acknowledged but lost: ${missing.join(', ')}`).toEqual([]);
				expect(await repository.countSubmissions()).toBeGreaterThanOrEqual(acknowledged.size);

				// The visitor's script sends again after the crash: same reference, nothing new.
				const [reference, body] = [...acknowledged][0] ?? [];
				const count = await repository.countSubmissions();
				const again = await postFeedback(restarted.origin, body ?? {});
				expect(again).toMatchObject({ status: 200, reference, created: false });
				expect(await repository.countSubmissions()).toBe(count);
			} finally {
				await restarted.stop();
			}
		}, 60_000);
	});
}

/**
 * A worker thread indexing one part of the search index (./search-index-part.ts) with a Pagefind
 * service of its own, which it stops when done. It answers `{ ok: true }` or the error's message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { close } from 'pagefind';
import { indexPart, type PartJob } from './search-index-part.ts';

try {
	await indexPart(workerData as PartJob);
	parentPort?.postMessage({ ok: true });
} catch (error) {
	parentPort?.postMessage({ ok: false, message: (error as Error).message });
} finally {
	await close();
}

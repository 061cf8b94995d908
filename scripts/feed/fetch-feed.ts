/**
 * `npm run feed:fetch [-- --force]`: downloads the office's DATAtourisme flux and puts it in place
 * of the feed folder (src/lib/feed-fetch/fetch-feed.ts says how, and when the previous feed is
 * kept). Exits 0 when the feed is updated or unchanged, 1 when the previous feed is kept.
 *
 * Environment:
 *   DATATOURISME_FLUX_URL   the flux's address (https://diffuseur.datatourisme.fr/webservice/<flux>)
 *   DATATOURISME_KEY        the application key, appended to the address (leave unset when the
 *                           address already holds it)
 *   FEED_DIR                the feed folder the build reads (default content/feed)
 *   FEED_FETCH_TIMEOUT      seconds allowed for one attempt (default 300)
 *   FEED_FETCH_ATTEMPTS     attempts in all (default 3), a minute apart, then two
 */
import { resolve } from 'node:path';
import { fluxUrl } from '../../src/lib/feed-fetch/download';
import { fetchFeed } from '../../src/lib/feed-fetch/fetch-feed';

const positive = (value: string | undefined, fallback: number): number => {
	const number = Number(value);
	return Number.isFinite(number) && number > 0 ? number : fallback;
};

const base = process.env['DATATOURISME_FLUX_URL'];
if (!base) {
	console.error(
		'feed:fetch: DATATOURISME_FLUX_URL is not set: give the address of the office’s DATAtourisme flux (and DATATOURISME_KEY, its application key).',
	);
	process.exit(2);
}
const key = process.env['DATATOURISME_KEY'] || undefined;
const folder = resolve(process.env['FEED_DIR'] ?? 'content/feed');
const outcome = await fetchFeed({
	url: fluxUrl(base, key),
	...(key ? { key } : {}),
	folder,
	force: process.argv.includes('--force'),
	download: {
		timeoutMs: positive(process.env['FEED_FETCH_TIMEOUT'], 300) * 1000,
		attempts: Math.round(positive(process.env['FEED_FETCH_ATTEMPTS'], 3)),
		retryDelayMs: (retry) => retry * 60_000,
		log: (message) => console.warn(`feed:fetch: ${message}`),
	},
});
if (outcome.ok) console.log(`feed:fetch: ${outcome.message}`);
else console.error(`feed:fetch: ${outcome.message}`);
process.exit(outcome.ok ? 0 : 1);

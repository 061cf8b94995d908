/**
 * `npm run bench:photo-pages` (part of `npm run bench`): Lighthouse mobile performance of the
 * templates that show photographs, measured with fixture photos. It builds the photo site of the
 * e2e tests (tests/tools/photo-site.ts: members with photos from a local photo server, the home
 * page's first screen a photo), serves it as a static host does, gzipped, and runs Lighthouse three
 * times on each page: the median, and its largest contentful paint. Prints figures; asserts
 * nothing (a performance score follows the machine's load).
 *
 * Run with the TypeScript resolver of scripts/feed/ (the photo site imports the feed's mapping).
 */
import { startCompressingProxy } from '../tools/compressing-proxy.ts';
import { launchLighthouseBrowser } from '../tools/lighthouse.ts';
import { startPhotoServer } from '../tools/photo-server.ts';
import {
	buildPhotoSite,
	memberPagePath,
	removePhotoSite,
	WITH_PHOTOS,
} from '../tools/photo-site.ts';
import { startStaticSite } from '../tools/static-site.ts';

const photos = await startPhotoServer();
const site = await buildPhotoSite(photos);
try {
	if (site.failed) throw new Error(`the photo site did not build:\n${site.output.slice(-3000)}`);
	const host = await startStaticSite(site.client);
	const proxy = await startCompressingProxy(host.origin);
	const browser = await launchLighthouseBrowser();
	try {
		const pages = [
			['home page, hero photo', '/'],
			['member page, photo and gallery', memberPagePath(site, WITH_PHOTOS)],
		] as const;
		for (const [name, path] of pages) {
			const runs = [];
			for (let run = 0; run < 3; run++)
				runs.push(await browser.run(`${proxy.origin}${path}`, ['performance']));
			runs.sort((a, b) => (a.scores['performance'] ?? 0) - (b.scores['performance'] ?? 0));
			const median = runs[1];
			const lcp = Math.round(median?.metrics['largest-contentful-paint'] ?? 0);
			console.log(
				`Lighthouse performance with photos, ${name} ${path}: ${median?.scores['performance'] ?? 0} (runs ${runs.map((run) => run.scores['performance']).join(', ')}; LCP ${lcp} ms)`,
			);
		}
	} finally {
		await browser.close();
		await proxy.stop();
		await host.stop();
	}
} finally {
	removePhotoSite(site);
	await photos.close();
}

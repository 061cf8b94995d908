/**
 * `npm run feed:generate -- --count N [--out folder] [--seed S]`: writes a synthetic DATAtourisme
 * feed of N fictional members, one JSON-LD file each, for the benchmarks. The businesses are made
 * like the sample feed's (same templates, same villages and commune boundaries), in the same
 * proportions. The feed goes outside content/ (reports/generated-feed/ by default), so the site
 * never publishes it: point a build at it with FEED_DIR.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateFeed, scaledPlan } from './sample/generate';
import { sampleVillages } from './sample-villages';

const { values } = parseArgs({
	options: {
		count: { type: 'string' },
		out: { type: 'string' },
		seed: { type: 'string', default: '7' },
		communes: { type: 'string', default: 'content/reference/communes.geojson' },
	},
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
	throw new Error('Usage: npm run feed:generate -- --count N [--out folder] [--seed S]');
}
const output = resolve(values.out ?? join('reports/generated-feed', String(count)));

const objects = generateFeed({
	villages: sampleVillages('content', values.communes),
	plan: scaledPlan(count),
	seed: Number(values.seed),
	year: 2026,
	comment:
		'SYNTHETIC DATA for benchmarks (scripts/feed/generate-feed.ts): not a member of the office.',
});
rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });
for (const [index, { object }] of objects.entries()) {
	writeFileSync(join(output, `${String(index).padStart(6, '0')}.json`), JSON.stringify(object));
}
console.log(`${output}: ${objects.length} generated objects`);

/**
 * Writes the sample feed of content/feed/sample/: 160 fictional members in DATAtourisme JSON-LD,
 * spread over the villages of content/villages/ and placed inside their commune. Run once; run
 * again after villages are added (the output is the same for the same villages):
 *
 *   npx node scripts/feed/generate-sample-feed.ts ../shared/data/places/communes-48-lozere.geojson
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { generateFeed, SAMPLE_PLAN } from './sample/generate';
import { sampleVillages } from './sample-villages';

const communesFile = process.argv[2];
if (!communesFile)
	throw new Error(
		'Usage: npx node scripts/feed/generate-sample-feed.ts <communes-48-lozere.geojson>',
	);

const output = 'content/feed/sample';
const villages = sampleVillages('content', communesFile);
const objects = generateFeed({
	villages,
	plan: SAMPLE_PLAN,
	seed: 48_220,
	year: 2026,
	comment:
		'SAMPLE DATA: a fictional business made by scripts/feed/generate-sample-feed.ts, not a member of the office. See content/feed/README.md.',
});

mkdirSync(output, { recursive: true });
for (const file of readdirSync(output)) if (file.endsWith('.json')) rmSync(join(output, file));
const options = (await prettier.resolveConfig(join(output, 'x.json'))) ?? {};
for (const { id, object } of objects) {
	const text = await prettier.format(JSON.stringify(object), { ...options, parser: 'json' });
	writeFileSync(join(output, `${id}.json`), text);
}
console.log(`${output}: ${objects.length} sample providers in ${villages.length} villages`);

/**
 * A site built with members' photos, for the tests of the photo pipeline: a copy of the project
 * (its own node_modules/.astro cache, its own dist/) built as the real site (SAMPLE_DATA=off)
 * from a feed of two members whose photos are on the local photo server (./photo-server.ts):
 * "Gîte des Photos" with good photos and failures, "Gîte sans Photo" with failures only. A pick
 * of the season, every month, leads to "Gîte des Photos": its main photo is the home page's hero.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { entryIdFor } from '../../src/lib/datatourisme/map-provider.ts';
import { PHOTO_PATHS, type PhotoServer } from './photo-server.ts';
import { copyProject } from './project-copy.ts';
import { ROOT } from './paths.ts';

const run = promisify(execFile);

export interface PhotoSite {
	/** The copy of the project. */
	root: string;
	/** Its static pages. */
	client: string;
	failed: boolean;
	/** The build's log. */
	output: string;
}

/** The two members' names, as their pages' headings show them. */
export const WITH_PHOTOS = 'Gîte des Photos';
export const WITHOUT_PHOTOS = 'Gîte sans Photo';

/** A representation of the feed, as DATAtourisme writes one. */
const representation = (url: string, credit: string, caption?: { fr: string; en: string }) => ({
	'@type': ['ebucore:EditorialObject'],
	'ebucore:hasAnnotation': [
		{
			'@type': ['Annotation'],
			credits: [credit],
			...(caption ? { 'ebucore:comments': { fr: [caption.fr], en: [caption.en] } } : {}),
		},
	],
	'ebucore:hasRelatedResource': [{ '@type': ['ebucore:Resource'], 'ebucore:locator': [url] }],
});

const memberId = (id: string) => `https://data.datatourisme.fr/10/${id}`;

/** A sample object of the feed made into a real member of that name, with these photos. */
function member(template: Record<string, unknown>, id: string, name: string, photos: object[]) {
	const object = structuredClone(template);
	delete object['$comment'];
	delete object['sample'];
	return {
		...object,
		'@id': memberId(id),
		'rdfs:label': { fr: [name] },
		hasMainRepresentation: photos.slice(0, 1),
		hasRepresentation: photos.slice(1),
	};
}

/**
 * Builds the copy with its two members; never throws: a failed build says so in `failed`.
 * `prepare` changes the copy before the build (the brochures' test adds the office's photos).
 */
export async function buildPhotoSite(
	server: PhotoServer,
	prepare?: (root: string) => Promise<void>,
): Promise<PhotoSite> {
	const root = copyProject('photos');
	await prepare?.(root);
	const url = (path: string) => `${server.origin}${path}`;
	const sample = join(root, 'content/feed/sample');
	const templateFile = readdirSync(sample).find((file) => file.startsWith('gite-')) ?? '';
	const template = JSON.parse(readFileSync(join(sample, templateFile), 'utf8')) as Record<
		string,
		unknown
	>;
	const feed = join(root, 'photo-feed');
	mkdirSync(feed);
	const photos = [
		representation(url(PHOTO_PATHS.jpeg), '© Jeanne Photographe', {
			fr: 'La terrasse au soleil couchant',
			en: 'The terrace at sunset',
		}),
		representation(url(PHOTO_PATHS.missing), '© Absent'),
		representation(url(PHOTO_PATHS.png), 'Gîtes de France'),
		representation(url(PHOTO_PATHS.html), '© Page'),
		representation(url(PHOTO_PATHS.webp), '© Chambre'),
		representation(url(PHOTO_PATHS.redirect), '© Redirigée'),
	];
	writeFileSync(
		join(feed, 'with-photos.json'),
		JSON.stringify(member(template, 'with-photos', WITH_PHOTOS, photos)),
	);
	writeFileSync(
		join(feed, 'without-photos.json'),
		JSON.stringify(
			member(template, 'without-photos', WITHOUT_PHOTOS, [
				representation(url(PHOTO_PATHS.huge), '© Lourde'),
				representation(url(PHOTO_PATHS.slow), '© Lente'),
			]),
		),
	);
	writeFileSync(
		join(root, 'content/season-picks/gite-des-photos.yaml'),
		[
			'title: { fr: "Le Gîte des Photos", en: "The Gîte des Photos" }',
			'summary: { fr: "Une terrasse au soleil couchant.", en: "A terrace at sunset." }',
			'months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]',
			`link: { route: stayEntry, id: ${entryIdFor(memberId('with-photos'), WITH_PHOTOS)} }`,
			'order: -100',
			'',
		].join('\n'),
	);
	const site = { root, client: join(root, 'dist/client') };
	try {
		const { stdout, stderr } = await run(
			process.execPath,
			[join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root],
			{
				cwd: root,
				env: {
					...process.env,
					NO_COLOR: '1',
					FORCE_COLOR: '0',
					SAMPLE_DATA: 'off',
					FEED_DIR: 'photo-feed',
					PHOTOS_TIMEOUT_SECONDS: '2',
				},
				maxBuffer: 64 * 1024 * 1024,
			},
		);
		return { ...site, failed: false, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { ...site, failed: true, output: stdout + stderr };
	}
}

/** The French page of a member, found by its heading: its path under the site. */
export function memberPagePath(site: PhotoSite, name: string): string {
	for (const file of readdirSync(site.client, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('index.html') || file.startsWith('en/')) continue;
		const html = readFileSync(join(site.client, file), 'utf8');
		if (new RegExp(`<h1 data-pagefind-weight="8"[^>]*>${name}</h1>`).test(html))
			return `/${file.replace(/index\.html$/, '')}`;
	}
	throw new Error(`no page of ${name} in ${site.client}`);
}

export const removePhotoSite = (site: PhotoSite | undefined) => {
	if (site) rmSync(site.root, { recursive: true, force: true });
};

/**
 * The hikes of Geotrek's API v2 (the national park's and the département's), stored in the hikes
 * collection next to the office's own: each trek mapped by src/lib/geotrek/map-trek.ts, its 3D
 * geometry through the same pipeline as a GPX track (figures, elevation profile, downloads, the
 * park's regulated areas crossed). A trek that cannot be shown is skipped with a warning naming
 * it and the reason, never failing the build; the report on all sources lists them (`geotrek`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { addEntryIds, COLLECTION_FOLDERS, CONTENT_ROOT } from '../lib/content/sources';
import { problemsOfSchemaError } from '../lib/datatourisme/sync';
import { itinerariesOf, type GeotrekItinerary } from '../lib/geotrek/itinerary';
import { trackFieldsOf } from '../lib/hikes/track-fields';
import { mapTrek, type Trek, type TrekMapping, type TrekVillage } from '../lib/geotrek/map-trek';
import type { TrekOffice } from '../lib/geotrek/references';
import { loadGeotrek, type GeotrekAnswers } from '../lib/geotrek/source';
import type { ParkAreaFeature } from '../lib/park/regulations';
import { countsOf, recordSource, type SourceEntry } from '../lib/sources-report';
import { PROBLEMS_SHOWN } from './datatourisme';

export interface GeotrekOptions {
	/** GEOTREK_DIR: a folder of saved API answers. */
	folder?: string | undefined;
	/** GEOTREK_API_URL: the API's base address (…/api/v2). */
	apiUrl?: string | undefined;
	/** Where the API's last answers are kept, relative to the project. */
	cacheFile: string;
	/** Credit shown under the track. */
	credit: string;
	/** The report on all sources, relative to the project. */
	reportFile?: string;
}

/** The territory's villages with their sectors (content/villages/). */
function territoryVillages(root: string): TrekVillage[] {
	const folder = join(root, CONTENT_ROOT, COLLECTION_FOLDERS.villages);
	return readdirSync(folder)
		.filter((file) => /\.ya?ml$/.test(file))
		.sort()
		.flatMap((file) => {
			const data = parseYaml(readFileSync(join(folder, file), 'utf8')) as {
				name?: string;
				insee?: string | number;
				sector?: string;
			} | null;
			if (!data?.name || !data.insee || !data.sector) return [];
			return [
				{
					id: file.replace(/\.ya?ml$/, ''),
					name: data.name,
					insee: String(data.insee),
					sector: data.sector,
				},
			];
		});
}

/** The office's bureaux with their town and place (content/offices/). */
function territoryOffices(root: string): TrekOffice[] {
	const folder = join(root, CONTENT_ROOT, COLLECTION_FOLDERS.offices);
	return readdirSync(folder)
		.filter((file) => /\.ya?ml$/.test(file))
		.sort()
		.flatMap((file) => {
			const data = parseYaml(readFileSync(join(folder, file), 'utf8')) as {
				address?: { locality?: string };
				location?: { lat?: number; lon?: number };
			} | null;
			const locality = data?.address?.locality;
			const { lat, lon } = data?.location ?? {};
			if (!locality || typeof lat !== 'number' || typeof lon !== 'number') return [];
			return [{ id: file.replace(/\.ya?ml$/, ''), locality, location: { lat, lon } }];
		});
}

/** Geotrek's answers and every trek mapped, with the itineraries its treks in steps make. */
interface GeotrekTreks {
	answers: GeotrekAnswers;
	mappings: Map<Trek, TrekMapping>;
	itineraries: GeotrekItinerary[];
}

/**
 * The hikes and the itineraries loaders read Geotrek once per build: the answer of one sync is
 * shared for a minute (the API is asked once; the folder is read again after that).
 */
const shared = new Map<string, { at: number; treks: Promise<GeotrekTreks | undefined> }>();

export function geotrekTreks(
	context: LoaderContext,
	options: GeotrekOptions,
): Promise<GeotrekTreks | undefined> {
	const root = fileURLToPath(context.config.root);
	const key = JSON.stringify([root, options.folder, options.apiUrl]);
	const known = shared.get(key);
	if (known && Date.now() - known.at < 60_000) return known.treks;
	const treks = (async () => {
		const villages = territoryVillages(root);
		const offices = territoryOffices(root);
		const answers = await loadGeotrek({
			folder: options.folder && resolve(root, options.folder),
			apiUrl: options.apiUrl,
			cacheFile: resolve(root, options.cacheFile),
			insee: villages.map((village) => village.insee),
			warn: (message) => context.logger.warn(message),
		});
		if (!answers) return undefined;
		const mappings = new Map(
			answers.treks.map((trek) => [
				trek,
				mapTrek(trek, answers.references, villages, { credit: options.credit, offices }),
			]),
		);
		const byUuid = new Map([...mappings].map(([trek, mapping]) => [trek.uuid ?? '', mapping]));
		// The stages of Geotrek's itineraries are Geotrek's hikes: their ids pass the reference check.
		addEntryIds(
			'hikes',
			[...mappings.values()].flatMap((mapping) => (mapping.ok ? [mapping.id] : [])),
		);
		return {
			answers,
			mappings,
			itineraries: itinerariesOf(answers.treks, (uuid) => byUuid.get(uuid)),
		};
	})();
	shared.set(key, { at: Date.now(), treks });
	return treks;
}

export async function loadGeotrekHikes(
	context: LoaderContext,
	options: GeotrekOptions,
	parkAreas: readonly ParkAreaFeature[],
): Promise<void> {
	const { store, logger } = context;
	const found = await geotrekTreks(context, options);
	if (!found) return;
	const { answers, mappings, itineraries } = found;
	const parents = new Map(itineraries.map((itinerary) => [itinerary.sourceId, itinerary]));
	const entry: SourceEntry = {
		read: answers.treks.length,
		loaded: 0,
		unchanged: 0,
		skipped: 0,
		warned: 0,
		source: answers.source,
		skippedObjects: [],
		warnings: [],
	};
	const file = `${answers.source.replace(/\/+$/, '')}/trek/`;
	for (const trek of answers.treks) {
		const mapping = mappings.get(trek)!;
		const itinerary = parents.get(mapping.sourceId);
		if (itinerary) {
			// A trek in steps is an itinerary of its stage hikes (src/loaders/geotrek-itineraries.ts).
			entry.warnings.push(
				...itinerary.warnings.map((warning) => ({
					sourceId: itinerary.sourceId,
					file,
					...warning,
				})),
				{
					sourceId: itinerary.sourceId,
					file,
					field: 'children',
					reason: `a trek in ${(itinerary.data['stages'] as string[]).length} steps: its page is the itinerary "${itinerary.id}"`,
				},
			);
			entry.loaded++;
			continue;
		}
		entry.warnings.push(
			...mapping.warnings.map((warning) => ({ sourceId: mapping.sourceId, file, ...warning })),
		);
		let problems = mapping.ok ? [] : mapping.problems;
		if (mapping.ok && store.has(mapping.id))
			problems = [{ field: 'uuid', reason: `its page address "${mapping.id}" is already taken` }];
		if (mapping.ok && problems.length === 0) {
			const data = {
				...mapping.data,
				...trackFieldsOf(mapping.points, parkAreas, mapping.data['durationMinutes'], 'source'),
			};
			try {
				const parsed = await context.parseData({ id: mapping.id, data });
				store.set({
					id: mapping.id,
					data: parsed,
					digest: context.generateDigest(JSON.stringify(data)),
				});
				entry.loaded++;
				continue;
			} catch (error) {
				problems = problemsOfSchemaError(error);
			}
		}
		entry.skippedObjects.push({ sourceId: mapping.sourceId, file, problems });
	}
	entry.skipped = entry.skippedObjects.length;
	entry.warned = entry.warnings.length;
	for (const skipped of entry.skippedObjects.slice(0, PROBLEMS_SHOWN))
		logger.warn(
			`Skipped Geotrek trek ${skipped.sourceId}: ${skipped.problems.map((problem) => `${problem.field}: ${problem.reason}`).join('; ')}`,
		);
	logger.info(`Geotrek (${answers.source}): ${countsOf(entry)}`);
	if (options.reportFile)
		recordSource(resolve(fileURLToPath(context.config.root), options.reportFile), 'geotrek', entry);
}

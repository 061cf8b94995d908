/**
 * Where the Geotrek treks come from: a folder of API answers (`GEOTREK_DIR`: `trek.json`,
 * `trek_practice.json`, `trek_difficulty.json`, `trek_theme.json`, `trek_label.json`,
 * `trek_network.json`, `trek_route.json`, `informationdesk.json`, as the API gives them), for tests and offline
 * builds; or the API itself (`GEOTREK_API_URL`, e.g. `https://…/api/v2`), read page by page and
 * restricted to the territory's communes by INSEE code. Each answer of the API is kept in a cache
 * file, so that a build without network uses the last one; without either, the build goes on
 * without Geotrek's hikes, with a warning.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Trek, TrekReferences } from './map-trek';
import type { InformationDesk, ReferenceEntry } from './references';

export interface GeotrekAnswers {
	treks: Trek[];
	references: TrekReferences;
	/** The folder or the API address it came from, for the report. */
	source: string;
}

/** The results of an answer: a page (`{ count, next, results }`) or a plain list. */
function resultsOf<T>(json: unknown): T[] {
	if (Array.isArray(json)) return json as T[];
	const results = (json as { results?: unknown } | null)?.results;
	return Array.isArray(results) ? (results as T[]) : [];
}

const readJson = (path: string): unknown =>
	JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as unknown;

/** The answers saved in a folder; a missing reference list is an empty one. */
export function readFolder(folder: string): GeotrekAnswers {
	const optional = (name: string) => {
		try {
			return readJson(join(folder, name));
		} catch {
			return [];
		}
	};
	return {
		treks: resultsOf<Trek>(readJson(join(folder, 'trek.json'))),
		references: {
			practices: resultsOf(optional('trek_practice.json')),
			difficulties: resultsOf(optional('trek_difficulty.json')),
			themes: resultsOf(optional('trek_theme.json')),
			labels: resultsOf(optional('trek_label.json')),
			networks: resultsOf(optional('trek_network.json')),
			routes: resultsOf(optional('trek_route.json')),
			informationDesks: resultsOf(optional('informationdesk.json')),
		},
		source: folder,
	};
}

/** Every page of a list of the API, following `next`. */
async function allPages<T>(url: string, timeoutMs: number): Promise<T[]> {
	const results: T[] = [];
	let next: string | null = url;
	for (let page = 0; next && page < 200; page++) {
		const response: Response = await fetch(next, {
			headers: { accept: 'application/json' },
			signal: AbortSignal.timeout(timeoutMs),
		});
		if (!response.ok) throw new Error(`${next}: the server answered ${response.status}`);
		const json = (await response.json()) as { next?: string | null };
		results.push(...resultsOf<T>(json));
		next = Array.isArray(json) ? null : (json.next ?? null);
	}
	return results;
}

/** The treks of the territory's communes and the reference lists, from the API. */
export async function fetchApi(
	base: string,
	insee: string[],
	timeoutMs = 60_000,
): Promise<GeotrekAnswers> {
	const root = base.replace(/\/+$/, '');
	// The lists that only add to a hike page: one that fails is an empty one (the mapping warns).
	const optional = <T>(path: string) => allPages<T>(`${root}/${path}`, timeoutMs).catch(() => []);
	const [treks, practices, difficulties, themes, labels, networks, routes, informationDesks] =
		await Promise.all([
			allPages<Trek>(`${root}/trek/?cities=${insee.join(',')}&page_size=100`, timeoutMs),
			allPages<TrekReferences['practices'][number]>(`${root}/trek_practice/`, timeoutMs),
			allPages<TrekReferences['difficulties'][number]>(`${root}/trek_difficulty/`, timeoutMs),
			optional<ReferenceEntry>('trek_theme/'),
			optional<ReferenceEntry>('label/'),
			optional<ReferenceEntry>('trek_network/'),
			optional<ReferenceEntry>('trek_route/'),
			optional<InformationDesk>('informationdesk/'),
		]);
	return {
		treks,
		references: { practices, difficulties, themes, labels, networks, routes, informationDesks },
		source: root,
	};
}

export interface GeotrekSourceOptions {
	/** GEOTREK_DIR: a folder of answers; wins over the API. */
	folder?: string | undefined;
	/** GEOTREK_API_URL: the API's base address. */
	apiUrl?: string | undefined;
	/** Where the API's last answers are kept. */
	cacheFile: string;
	/** INSEE codes of the territory's communes. */
	insee: string[];
	timeoutMs?: number;
	warn: (message: string) => void;
}

/** The treks to load, or undefined when no Geotrek is configured (or reachable, nor cached). */
export async function loadGeotrek(
	options: GeotrekSourceOptions,
): Promise<GeotrekAnswers | undefined> {
	if (options.folder) return readFolder(options.folder);
	if (!options.apiUrl) return undefined;
	try {
		const answers = await fetchApi(options.apiUrl, options.insee, options.timeoutMs);
		mkdirSync(dirname(options.cacheFile), { recursive: true });
		const temporary = `${options.cacheFile}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify({ fetchedAt: new Date().toISOString(), ...answers }));
		renameSync(temporary, options.cacheFile);
		return answers;
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		try {
			const cached = readJson(options.cacheFile) as GeotrekAnswers & { fetchedAt?: string };
			options.warn(
				`Geotrek could not be read (${reason}): the hikes of its answer of ${cached.fetchedAt ?? 'the last build'} are used`,
			);
			return cached;
		} catch {
			options.warn(
				`Geotrek could not be read (${reason}) and there is no earlier answer: no Geotrek hikes`,
			);
			return undefined;
		}
	}
}

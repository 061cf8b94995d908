/** The national park's regulation areas, read from the copy in content/ at build time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_ROOT } from '../content/sources';
import type { ParkAreaFeature } from './regulations';

export const PARK_AREAS_FILE = join(CONTENT_ROOT, 'park-regulations', 'sensitivity-areas.geojson');

let cache: ParkAreaFeature[] | undefined;

export function parkAreas(): ParkAreaFeature[] {
	cache ??= (JSON.parse(readFileSync(PARK_AREAS_FILE, 'utf8')) as { features: ParkAreaFeature[] })
		.features;
	return cache;
}

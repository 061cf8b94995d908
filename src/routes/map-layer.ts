/** One GeoJSON file per map layer, in the language of its route (`/carte/offices.geojson`). */
import type { APIRoute } from 'astro';
import { localeOfPath } from '~/lib/i18n/routes';
import { layerEndpoint } from '~/lib/map/endpoint';
import type { MapLayerDefinition } from '~/lib/map/types';
import { mapLayerPaths } from '~/lib/paths';

export const getStaticPaths = mapLayerPaths;
export const GET: APIRoute<{ layer: MapLayerDefinition }> = (context) =>
	layerEndpoint(localeOfPath(context.url.pathname))(context);

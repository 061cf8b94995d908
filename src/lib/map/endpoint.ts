/** The GeoJSON endpoint of a map layer, shared by the French and English routes. */
import type { APIRoute } from 'astro';
import type { Locale } from '../i18n/locales';
import { serialiseLayer } from './geojson';
import type { MapLayerDefinition } from './types';

export function layerEndpoint(locale: Locale): APIRoute<{ layer: MapLayerDefinition }> {
	return async ({ props }) =>
		new Response(serialiseLayer(await props.layer.places(locale)), {
			headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
		});
}

/** getStaticPaths helpers shared by the French and English twins of each page. */
import { MAP_LAYERS } from './map/layers';
import { getOffices } from './queries';

export async function officePaths() {
	const offices = await getOffices();
	return offices.map((office) => ({ params: { office: office.id }, props: { office } }));
}

/** One GeoJSON file per map layer, in each language: `/carte/offices.geojson`. */
export function mapLayerPaths() {
	return MAP_LAYERS.map((layer) => ({ params: { layer: layer.id }, props: { layer } }));
}

import { layerEndpoint } from '../../lib/map/endpoint';
import { mapLayerPaths } from '../../lib/paths';

export const getStaticPaths = mapLayerPaths;
export const GET = layerEndpoint('fr');

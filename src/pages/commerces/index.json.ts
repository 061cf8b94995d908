import { listIndexEndpoint } from '../../lib/providers/list-index';

export const GET = listIndexEndpoint('shop', 'fr');

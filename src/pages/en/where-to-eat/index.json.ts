import { listIndexEndpoint } from '../../../lib/providers/list-index';

export const GET = listIndexEndpoint('restaurant', 'en');

import { stayCatalogueEndpoint } from '../../../lib/my-stay/build';

export const GET = stayCatalogueEndpoint('en');

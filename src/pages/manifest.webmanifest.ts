import { manifestResponse } from '../lib/offline/endpoints';

export const GET = () => manifestResponse('fr');

import type { APIRoute } from 'astro';
import { partnershipGuideResponse } from '../../lib/brochures/endpoints';

export const GET: APIRoute = () => partnershipGuideResponse('fr');

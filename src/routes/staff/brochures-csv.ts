/** GET /staff/brochures.csv: the brochure requests to send, for a mailing (src/lib/staff/brochures.ts). */
import type { APIRoute } from 'astro';
import { brochuresCsvResponse } from '~/lib/staff/brochures-page';

export const GET: APIRoute = (context) => brochuresCsvResponse(context);

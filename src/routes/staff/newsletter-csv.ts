/** GET /staff/newsletter.csv: the newsletter's confirmed subscribers (src/lib/staff/newsletter.ts). */
import type { APIRoute } from 'astro';
import { subscribersCsvResponse } from '~/lib/staff/newsletter';

export const GET: APIRoute = () => subscribersCsvResponse();

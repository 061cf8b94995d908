import type { APIRoute } from 'astro';
import { eventIcsResponse } from '../../../lib/events/endpoints';
import { eventPaths } from '../../../lib/events/pages';

export const getStaticPaths = eventPaths;
export const GET: APIRoute = (context) => eventIcsResponse(context, 'en');

import type { APIRoute } from 'astro';
import { feedIcsResponse } from '../../../lib/events/endpoints';
import { calendarPaths } from '../../../lib/events/pages';

export const getStaticPaths = calendarPaths;
export const GET: APIRoute = (context) => feedIcsResponse(context, 'fr');

/** GET /staff/export.csv?…: the inbox's filtered view as CSV (src/lib/staff/csv.ts). */
import type { APIRoute } from 'astro';
import { submissionsCsvResponse } from '~/lib/staff/export';

export const GET: APIRoute = (context) => submissionsCsvResponse(context);

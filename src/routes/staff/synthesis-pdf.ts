/** GET /staff/synthese.pdf?annee=…&saison=…: a period's synthesis as a PDF (src/lib/staff/synthesis-pdf.ts). */
import type { APIRoute } from 'astro';
import { synthesisPdfResponse } from '~/lib/staff/synthesis-page';

export const GET: APIRoute = (context) => synthesisPdfResponse(context);

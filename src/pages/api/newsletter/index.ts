/**
 * POST /api/newsletter/: the endpoint the sign-up form's script sends to (JSON). The handler is
 * plain TypeScript on Request/Response (src/lib/newsletter/service.ts).
 */
import type { APIRoute } from 'astro';
import { newsletterService } from '../../../lib/newsletter/server';
import { clientAddressOf } from '../../../lib/http/client-address';

export const prerender = false;

export const POST: APIRoute = async (context) =>
	(await newsletterService()).handleApi(context.request, clientAddressOf(context));

/**
 * POST /api/newsletter/: the endpoint the sign-up form's script sends to (JSON). The handler is
 * plain TypeScript on Request/Response (src/lib/newsletter/service.ts).
 */
import type { APIRoute } from 'astro';
import { newsletterService } from '../../../lib/newsletter/server';

export const prerender = false;

function clientAddress(context: Parameters<APIRoute>[0]): string {
	try {
		return context.clientAddress;
	} catch {
		return 'unknown';
	}
}

export const POST: APIRoute = async (context) =>
	(await newsletterService()).handleApi(context.request, clientAddress(context));

/**
 * POST /api/newsletter/: the endpoint the sign-up form's script sends to (JSON). The handler is
 * plain TypeScript on Request/Response (src/lib/newsletter/service.ts). While the store cannot be
 * opened, the answer is 503 with a message.
 */
import type { APIRoute } from 'astro';
import { unavailableApiResponse } from '~/lib/server/request';
import { newsletterService } from '~/lib/newsletter/server';
import { clientAddressOf } from '~/lib/http/client-address';

export const POST: APIRoute = async (context) => {
	const service = await newsletterService().catch(() => undefined);
	if (!service) return unavailableApiResponse(context.request);
	return service.handleApi(context.request, clientAddressOf(context));
};

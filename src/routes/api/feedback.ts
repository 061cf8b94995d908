/**
 * POST /api/feedback/: the endpoint the feedback forms' script sends to (JSON). The handler is
 * plain TypeScript on Request/Response (src/lib/feedback/handler.ts). While the store cannot be
 * opened (a database outage at start), the answer is 503 with a message, never an empty 500.
 */
import type { APIRoute } from 'astro';
import { unavailableApiResponse } from '~/lib/server/request';
import { feedbackService } from '~/lib/feedback/server';
import { clientAddressOf } from '~/lib/http/client-address';

export const POST: APIRoute = async (context) => {
	const service = await feedbackService().catch(() => undefined);
	if (!service) return unavailableApiResponse(context.request);
	return service.handleApi(context.request, clientAddressOf(context));
};

/**
 * A health check for monitoring: 200 while the store answers, 503 otherwise. It says nothing
 * more (the outbox's figures are for staff: `npm run feedback:status`).
 */
export const GET: APIRoute = async () => {
	const headers = { 'Cache-Control': 'no-store' };
	try {
		await (await feedbackService()).repository.mailCounts();
		return Response.json({ status: 'ok' }, { headers });
	} catch {
		return Response.json({ status: 'unavailable' }, { status: 503, headers });
	}
};

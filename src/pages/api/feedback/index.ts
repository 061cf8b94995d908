/**
 * POST /api/feedback/: the endpoint the feedback forms' script sends to (JSON). The handler is
 * plain TypeScript on Request/Response (src/lib/feedback/handler.ts).
 */
import type { APIRoute } from 'astro';
import { feedbackService } from '../../../lib/feedback/server';
import { clientAddressOf } from '../../../lib/http/client-address';

export const prerender = false;

export const POST: APIRoute = async (context) =>
	(await feedbackService()).handleApi(context.request, clientAddressOf(context));

/** A health check for monitoring: the store answers, and how much mail waits. */
export const GET: APIRoute = async () => {
	const service = await feedbackService();
	const mail = await service.repository.mailCounts();
	return Response.json(
		{ storage: service.repository.dialect, mail },
		{ headers: { 'Cache-Control': 'no-store' } },
	);
};

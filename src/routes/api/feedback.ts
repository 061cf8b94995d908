/**
 * GET /api/feedback/: a health check for monitoring, 200 while the store answers, 503 otherwise.
 * It says nothing more (the outbox's figures are for staff: `npm run feedback:status`). The forms
 * themselves post through their action (src/actions/feedback.ts).
 */
import type { APIRoute } from 'astro';
import { feedbackService } from '~/lib/feedback/server';

export const GET: APIRoute = async () => {
	const headers = { 'Cache-Control': 'no-store' };
	try {
		await (await feedbackService()).repository.mailCounts();
		return Response.json({ status: 'ok' }, { headers });
	} catch {
		return Response.json({ status: 'unavailable' }, { status: 503, headers });
	}
};

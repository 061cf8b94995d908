/**
 * The newsletter's subscribers as CSV for the staff (src/lib/newsletter/export.ts builds it),
 * behind the back office's session like every /staff/ route.
 */
import { exportSubscribers } from '../newsletter/export.ts';
import { newsletterService } from '../newsletter/server.ts';
import { CSV_CONTENT_TYPE } from './csv.ts';
import { parisDate } from './filters.ts';

export async function subscribersCsvResponse(now = new Date()): Promise<Response> {
	const service = await newsletterService();
	const { csv } = await exportSubscribers(service.store, {
		unsubscribeUrl: (subscriber) => service.unsubscribeUrl(subscriber),
	});
	return new Response(csv, {
		headers: {
			'Content-Type': CSV_CONTENT_TYPE,
			'Content-Disposition': `attachment; filename="abonnes-lettre-${parisDate(now)}.csv"`,
		},
	});
}

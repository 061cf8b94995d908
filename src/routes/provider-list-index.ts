/** A category's list index (`/hebergements/index.json`), in the language of its route. */
import type { APIRoute } from 'astro';
import { pageAt } from '~/lib/i18n/route-pages';
import { listIndexEndpoint } from '~/lib/providers/list-index';
import { categoryOfList } from '~/lib/providers/routes';

export const GET: APIRoute = (context) => {
	const { route, locale } = pageAt(context.routePattern);
	return listIndexEndpoint(categoryOfList(route), locale)(context);
};

/**
 * The reply templates page (/staff/modeles/): every template by kind, a form to add one and, on
 * each, a form to change or delete it. Posts carry the session's CSRF token (the middleware).
 */
import { STAFF_PREFIX } from './guard.ts';
import { parsePost, shownContext } from './page-state.ts';
import { context, type Astro, type Redirect, type StaffContext } from './pages.ts';
import { parseTemplateAction, type ReplyTemplate, type TemplateError } from './templates.ts';

export const TEMPLATES_PATH = `${STAFF_PREFIX}modeles/`;

export interface TemplatesState extends StaffContext {
	status: number;
	templates: ReplyTemplate[];
	problem?: TemplateError | undefined;
	done?: 'save' | 'delete' | undefined;
}

export async function templatesPage(astro: Astro): Promise<Redirect | TemplatesState> {
	const staff = await context(astro);
	let problem: TemplateError | undefined;
	if (astro.request.method === 'POST') {
		const { parsed } = await parsePost(
			astro.request,
			parseTemplateAction,
			'staff.templates.error.action' as const,
		);
		if (parsed.ok) {
			const { action } = parsed;
			if (action.action === 'delete') await staff.templates.delete(action.id);
			else if (
				!(await staff.templates.save(action.id, action.fields, staff.session.email, staff.now))
			)
				problem = 'staff.templates.error.action';
			if (!problem) return { redirect: `${TEMPLATES_PATH}?fait=${action.action}` };
		} else problem = parsed.error;
	}
	const asked = astro.url.searchParams.get('fait');
	return {
		...shownContext(staff),
		status: problem ? 422 : 200,
		templates: await staff.templates.list(),
		problem,
		done: problem ? undefined : asked === 'save' || asked === 'delete' ? asked : undefined,
	};
}

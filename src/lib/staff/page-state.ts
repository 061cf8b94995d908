/**
 * What the back-office page builders share around the staff context: the part of it a page
 * shows, and a form post read and parsed.
 */
import { readForm } from '../http/body.ts';
import { ACTION_BODY_BYTES } from './actions.ts';
import type { StaffContext } from './pages.ts';

/**
 * What a page shows of the staff context (the layout's session and workload, the names of the
 * offices and providers), without the back office's services.
 */
export const shownContext = ({
	session,
	offices,
	providers,
	now,
	workload,
}: StaffContext): StaffContext => ({ session, offices, providers, now, workload });

/**
 * A back-office form post, read and parsed: a body that cannot be read (too large, not a form)
 * is refused with the given problem, as the parser refuses a post. The form is there to show
 * again what was typed.
 */
export async function parsePost<Parsed, Problem>(
	request: Request,
	parse: (form: URLSearchParams) => Parsed,
	unreadable: Problem,
): Promise<{
	form: URLSearchParams | undefined;
	parsed: Parsed | { ok: false; error: Problem };
}> {
	const posted = await readForm(request, ACTION_BODY_BYTES);
	return posted.ok
		? { form: posted.value, parsed: parse(posted.value) }
		: { form: undefined, parsed: { ok: false, error: unreadable } };
}

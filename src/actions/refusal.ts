/**
 * How the forms' actions say no. A refusal of the domain (src/lib/server/refusal.ts) becomes an
 * `ActionError` whose status is the refusal's, whose message is in the visitor's language, and
 * which carries the code and the message of each field: Astro sends its own properties in the
 * JSON answer that the forms' scripts read. The refusal itself is left in `locals` for the page
 * (a plain form post shows the form again with each field's message) and the middleware (the
 * answer's `Retry-After`).
 */
import { ActionError, type ActionAPIContext, type SafeResult } from 'astro:actions';
import { ASTRO_REFUSALS, MALFORMED } from '../lib/http/astro-refusals.ts';
import {
	refusal,
	type PostedForm,
	type Refusal,
	type RefusalMessage,
} from '../lib/server/refusal.ts';

export class FormRefusal extends ActionError {
	/** The refusal's code for scripts (`rate-limit`, `invalid-fields`, …). */
	readonly reason: string;
	/** A message per field, in the visitor's language. */
	readonly fields: Record<string, string>;

	constructor(refused: RefusalMessage) {
		super({ code: ActionError.statusToCode(refused.status), message: refused.message });
		this.reason = refused.code;
		this.fields = refused.fields;
	}
}

export function refuse(
	context: ActionAPIContext,
	refused: Refusal,
	message: RefusalMessage,
): never {
	context.locals.formRefusal = { refusal: refused, retryAfter: message.retryAfter };
	throw new FormRefusal(message);
}

/** What Astro itself refuses before an action runs (a body too large, not a form). */
function astroRefusal(error: ActionError): Refusal {
	const known = ASTRO_REFUSALS[error.status];
	return known
		? refusal(error.status, known.code, known.key)
		: refusal(MALFORMED.status, MALFORMED.code, MALFORMED.key);
}

/** What a form's page shows after a plain post: `Astro.getActionResult()` and the refusal. */
export function postedForm<T>(
	result: SafeResult<object, T> | undefined,
	locals: App.Locals,
): PostedForm<T> {
	if (!result) return undefined;
	if (!result.error) return { ok: true, data: result.data };
	return { ok: false, refusal: locals.formRefusal?.refusal ?? astroRefusal(result.error) };
}

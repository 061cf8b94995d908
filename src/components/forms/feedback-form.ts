/**
 * <feedback-form>: enhances a feedback form that already works without JavaScript.
 * - validates inline with the same zod schema as the server, and shows its messages;
 * - sends with fetch (to the feedback action) and shows the confirmation without reloading the page;
 * - keeps a draft in localStorage until the message is stored, so a closed tab or a dropped
 *   connection loses nothing; offline, it says so and sends when the connection returns;
 * - sends the form's idempotency key, so a double tap or a retry stores one message.
 */
import { followSummaryLinks } from './error-summary';
import { followSubject } from './subject-pickers';
import type { FeedbackKind } from '../../lib/feedback/choices';
import type { FieldProblem, Validation } from '../../lib/server/errors';
import { FORM_FIELDS } from '../../lib/feedback/fields';
import { actionData } from '../../lib/http/action-data';
import { ASTRO_REFUSALS, MALFORMED } from '../../lib/http/astro-refusals';

/**
 * The schemas and zod, loaded on the visitor's first interaction rather than with the page: the
 * form is usable (and sends without them, the server checking everything) while they arrive.
 */
let validation: Promise<typeof import('./validation')> | undefined;
const loadValidation = () => (validation ??= import('./validation'));

interface Draft {
	values: Record<string, string>;
	token: string;
	idempotencyKey: string;
	/** Sent (or being sent) and not yet confirmed: send again when the page opens. */
	queued: boolean;
	savedAt: number;
}

/** Delays between tries when the server does not answer, in seconds. */
const RETRY_SECONDS = [5, 15, 30, 60];

class FeedbackForm extends HTMLElement {
	#form!: HTMLFormElement;
	#kind!: FeedbackKind;
	#texts: Record<string, string> = {};
	#touched = new Set<string>();
	#sending = false;
	/** The send button is being pressed: its field's blur must not move it (the send checks all). */
	#pressingSend = false;
	#retries = 0;
	#retryTimer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const form = this.querySelector('form');
		if (!form) return;
		this.#form = form;
		this.#kind = this.dataset['kind'] as FeedbackKind;
		this.#texts = JSON.parse(this.dataset['texts'] ?? '{}') as Record<string, string>;

		this.#restoreDraft();
		followSubject(form);
		form.addEventListener('focusin', () => void loadValidation(), { once: true });
		followSummaryLinks(this);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#submit();
		});
		form.addEventListener('input', () => this.#saveDraft(false));
		form.addEventListener('change', (event) => void this.#touch(event.target));
		form.addEventListener('focusout', (event) => void this.#touch(event.target));
		// A message appearing under the field being left would push the button away from the
		// finger or pointer between press and release, and the press would be lost.
		this.querySelector('[data-send]')?.addEventListener('pointerdown', () => {
			this.#pressingSend = true;
		});
		window.addEventListener('pointerup', () =>
			setTimeout(() => {
				this.#pressingSend = false;
			}),
		);
		window.addEventListener('online', () => this.#resume());
		window.addEventListener('offline', () => {
			if (this.#draft()?.queued) this.#status('feedback.status.offline');
		});
		if (this.#draft()?.queued) void this.#send();
	}

	get #storageKey() {
		return `feedback-draft:${this.#kind}`;
	}

	#say(problem: FieldProblem): string {
		const template = this.#texts[problem.key] ?? problem.key;
		return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
			String(problem.values?.[name] ?? ''),
		);
	}

	/** The form's fields as the server receives them (strings; unticked boxes absent). */
	#values(): Record<string, string> {
		const values: Record<string, string> = {};
		for (const [name, value] of new FormData(this.#form)) {
			if (typeof value === 'string' && FORM_FIELDS[this.#kind].includes(name)) values[name] = value;
		}
		return values;
	}

	#field(name: string): string {
		const element = this.#form.elements.namedItem(name);
		return element instanceof HTMLInputElement ? element.value : '';
	}

	#choices() {
		const ids = (name: string) => {
			const element = this.#form.elements.namedItem(name);
			if (element instanceof HTMLSelectElement)
				return [...element.options].map((option) => option.value).filter(Boolean);
			if (element instanceof HTMLInputElement && element.value) return [element.value];
			return [];
		};
		return { offices: ids('officeId'), providers: ids('providerId') };
	}

	async #validate(): Promise<Validation<unknown>> {
		const { validateForm } = await loadValidation();
		return validateForm(this.#kind, this.#choices(), this.#values());
	}

	#draft(): Draft | undefined {
		try {
			const raw = localStorage.getItem(this.#storageKey);
			return raw ? (JSON.parse(raw) as Draft) : undefined;
		} catch {
			return undefined;
		}
	}

	#saveDraft(queued: boolean) {
		const draft: Draft = {
			values: this.#values(),
			token: this.#field('token'),
			idempotencyKey: this.#field('idempotencyKey'),
			queued,
			savedAt: Date.now(),
		};
		try {
			localStorage.setItem(this.#storageKey, JSON.stringify(draft));
		} catch {
			// Storage full or disabled: the form still works, without a draft.
		}
	}

	#clearDraft() {
		try {
			localStorage.removeItem(this.#storageKey);
		} catch {
			// Nothing to clear.
		}
	}

	/** Puts a draft back into the form, unless the server just sent the form back with answers. */
	#restoreDraft() {
		const draft = this.#draft();
		if (!draft || this.dataset['sentBack'] === 'true') return;
		let restored = false;
		for (const [name, value] of Object.entries(draft.values)) {
			const element = this.#form.elements.namedItem(name);
			if (element instanceof RadioNodeList) {
				for (const radio of element) {
					if (radio instanceof HTMLInputElement) radio.checked = radio.value === value;
				}
				restored = true;
			} else if (element instanceof HTMLInputElement && element.type === 'checkbox') {
				element.checked = value === element.value;
				restored = true;
			} else if (
				(element instanceof HTMLInputElement && element.type !== 'hidden') ||
				element instanceof HTMLTextAreaElement ||
				element instanceof HTMLSelectElement
			) {
				if (value) {
					element.value = value;
					restored = true;
				}
			}
		}
		// The draft's key and token: re-sending it must not store it twice.
		for (const name of ['token', 'idempotencyKey'] as const) {
			const element = this.#form.elements.namedItem(name);
			if (element instanceof HTMLInputElement && draft[name]) element.value = draft[name];
		}
		if (restored && !draft.queued) this.#status('feedback.status.draftRestored');
	}

	async #touch(target: EventTarget | null) {
		if (!(target instanceof HTMLElement) || this.#pressingSend) return;
		const name = target.getAttribute('name');
		if (!name || !FORM_FIELDS[this.#kind].includes(name)) return;
		this.#touched.add(name);
		const result = await this.#validate();
		const problems = result.ok ? {} : result.fields;
		for (const field of this.#touched) this.#showFieldProblem(field, problems[field]);
	}

	#showFieldProblem(name: string, problem: FieldProblem | undefined) {
		const message = this.querySelector<HTMLElement>(`[data-error-for="${name}"]`);
		if (message) {
			message.textContent = problem ? this.#say(problem) : '';
			message.hidden = !problem;
		}
		const element = this.#form.elements.namedItem(name);
		const controls = element instanceof RadioNodeList ? [...element] : element ? [element] : [];
		for (const control of controls) {
			if (!(control instanceof HTMLElement)) continue;
			if (problem) control.setAttribute('aria-invalid', 'true');
			else control.removeAttribute('aria-invalid');
		}
	}

	/** Shows every field's problem (none: cleared) and the box above the form with their list. */
	#showProblems(fields: Record<string, FieldProblem>, problem?: FieldProblem) {
		for (const name of FORM_FIELDS[this.#kind]) {
			this.#showFieldProblem(name, fields[name]);
			this.#touched.add(name);
		}
		const box = this.querySelector<HTMLElement>('[data-form-problem]');
		const text = this.querySelector<HTMLElement>('[data-form-problem-text]');
		const summary = this.querySelector<HTMLElement>('[data-summary]');
		if (!box || !text || !summary) return;
		const names = Object.keys(fields);
		if (!problem && names.length === 0) {
			box.hidden = true;
			return;
		}
		text.textContent = problem ? this.#say(problem) : '';
		const list = summary.querySelector('ul');
		if (list) {
			list.replaceChildren(
				...names.map((name) => {
					const item = document.createElement('li');
					const link = document.createElement('a');
					link.href = `#field-${name}`;
					const label = this.querySelector(`[data-field="${name}"] :is(label, legend)`);
					const message = this.querySelector(`[data-error-for="${name}"]`)?.textContent ?? '';
					link.textContent = `${(label?.textContent ?? name).replace(/\s*\*\s*$/, '').trim()} : ${message}`;
					item.append(link);
					return item;
				}),
			);
		}
		summary.hidden = names.length === 0;
		box.hidden = false;
		box.focus();
	}

	#status(key: string | undefined) {
		const status = this.querySelector<HTMLElement>('[data-status]');
		if (status) status.textContent = key ? this.#say({ key }) : '';
	}

	async #submit() {
		let result: Validation<unknown>;
		try {
			result = await this.#validate();
		} catch {
			// The validator could not load (connection lost): the server checks everything anyway.
			result = { ok: true, data: undefined };
		}
		if (!result.ok) {
			this.#showProblems(result.fields, { key: 'feedback.error.fields' });
			return;
		}
		this.#showProblems({});
		this.#saveDraft(true);
		void this.#send();
	}

	#resume() {
		if (this.#draft()?.queued && !this.#sending) {
			this.#retries = 0;
			void this.#send();
		}
	}

	async #send() {
		const draft = this.#draft();
		if (!draft || this.#sending) return;
		clearTimeout(this.#retryTimer);
		if (!navigator.onLine) {
			this.#status('feedback.status.offline');
			return;
		}
		this.#sending = true;
		const button = this.querySelector<HTMLButtonElement>('[data-send]');
		const label = button?.textContent ?? '';
		if (button) {
			button.disabled = true;
			button.textContent = this.#say({ key: 'feedback.sending' });
		}
		try {
			// The draft with its key, url-encoded: a replay of a queued draft is stored once.
			const response = await fetch(this.dataset['action'] as string, {
				method: 'POST',
				body: new URLSearchParams({
					kind: this.#kind,
					locale: this.dataset['locale'] ?? 'fr',
					token: draft.token,
					idempotencyKey: draft.idempotencyKey,
					website:
						(this.#form.elements.namedItem('website') as HTMLInputElement | null)?.value ?? '',
					...draft.values,
				}),
			});
			if (response.ok) {
				const { reference } = actionData(await response.text());
				this.#clearDraft();
				this.#confirm(String(reference));
				return;
			}
			if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
			// Refused: the visitor must change something; the draft stays, not queued. The action's
			// refusal is in the visitor's language, with a message per field.
			const refusal = (await response.json().catch(() => ({}))) as {
				message?: string;
				fields?: Record<string, string>;
			};
			this.#saveDraft(false);
			this.#status(undefined);
			const problems = refusal.fields ?? {};
			for (const name of Object.keys(problems)) this.#touched.add(name);
			// Astro's own refusals (a body too large, a wrong type) come before the action, with an
			// English message and no fields: the visitor reads them in the page's language.
			const message = refusal.fields
				? (refusal.message ?? '')
				: this.#say({ key: (ASTRO_REFUSALS[response.status] ?? MALFORMED).key });
			this.#showServerProblems(message, problems);
		} catch {
			// No answer (network down, server unreachable or failing): keep it queued and try again.
			this.#status(navigator.onLine ? 'feedback.error.server' : 'feedback.status.offline');
			const delay = RETRY_SECONDS[Math.min(this.#retries, RETRY_SECONDS.length - 1)] ?? 60;
			this.#retries += 1;
			this.#retryTimer = setTimeout(() => void this.#send(), delay * 1000);
		} finally {
			this.#sending = false;
			if (button) {
				button.disabled = false;
				button.textContent = label;
			}
		}
	}

	/** The server's refusal, already in the visitor's language: messages stand for themselves. */
	#showServerProblems(message: string, fields: Record<string, string>) {
		this.#texts['server.message'] = message;
		this.#showProblems(
			Object.fromEntries(Object.entries(fields).map(([name, text]) => [name, { key: text }])),
			{ key: 'server.message' },
		);
	}

	#confirm(reference: string) {
		const template = this.querySelector<HTMLTemplateElement>('template[data-confirmation]');
		if (!template) return;
		const confirmation = template.content.cloneNode(true) as DocumentFragment;
		const slot = confirmation.querySelector('[data-reference]');
		if (slot) slot.textContent = reference;
		this.replaceChildren(confirmation);
		const section = this.querySelector<HTMLElement>('.confirmation');
		section?.focus();
		section?.scrollIntoView({ block: 'start' });
	}
}

customElements.define('feedback-form', FeedbackForm);

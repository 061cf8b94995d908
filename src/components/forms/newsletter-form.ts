/**
 * <newsletter-form>: enhances the sign-up form, which works without JavaScript.
 * - checks each field with the server's schema when it is left, and shows the message under it;
 * - sends with fetch (the form's FormData, to the sign-up action) and shows "check your mailbox" without reloading the page;
 * - on a refusal or a failed connection, keeps everything typed and says what to do.
 */
import { followSummaryLinks } from './error-summary';
import type { FieldProblem } from '../../lib/server/errors';
import { SIGN_UP_FIELDS } from '../../lib/newsletter/fields';
import type { SignUpValidation } from '../../lib/newsletter/schema';

/** The schema and zod, loaded on the visitor's first interaction rather than with the page. */
let validation: Promise<typeof import('./newsletter-validation')> | undefined;
const loadValidation = () => (validation ??= import('./newsletter-validation'));

type Values = Record<string, string | string[]>;

class NewsletterForm extends HTMLElement {
	#form!: HTMLFormElement;
	#texts: Record<string, string> = {};
	#sectors: string[] = [];
	#touched = new Set<string>();
	#sending = false;
	/** The send button is being pressed: a field's message must not move it away meanwhile. */
	#pressingSend = false;

	connectedCallback() {
		const form = this.querySelector('form');
		if (!form) return;
		this.#form = form;
		this.#texts = JSON.parse(this.dataset['texts'] ?? '{}') as Record<string, string>;
		this.#sectors = JSON.parse(this.dataset['sectors'] ?? '[]') as string[];
		form.addEventListener('focusin', () => void loadValidation(), { once: true });
		followSummaryLinks(this);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#submit();
		});
		form.addEventListener('change', (event) => void this.#touch(event.target));
		form.addEventListener('focusout', (event) => {
			// Moving from one sector box to the next is not leaving the question yet.
			const next = event.relatedTarget;
			const name = (event.target as HTMLElement | null)?.getAttribute('name');
			if (next instanceof HTMLElement && name && next.getAttribute('name') === name) return;
			void this.#touch(event.target);
		});
		this.querySelector('[data-send]')?.addEventListener('pointerdown', () => {
			this.#pressingSend = true;
		});
		window.addEventListener('pointerup', () =>
			setTimeout(() => {
				this.#pressingSend = false;
			}),
		);
	}

	#say(problem: FieldProblem): string {
		const template = this.#texts[problem.key] ?? problem.key;
		return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
			String(problem.values?.[name] ?? ''),
		);
	}

	/** The fields as the server receives them: strings, and the list of ticked sectors. */
	#values(): Values {
		const data = new FormData(this.#form);
		const values: Values = {};
		for (const name of SIGN_UP_FIELDS) {
			if (name === 'sectors') {
				const sectors = data.getAll('sectors').filter((value) => typeof value === 'string');
				if (sectors.length > 0) values['sectors'] = sectors;
				continue;
			}
			const value = data.get(name);
			if (typeof value === 'string') values[name] = value;
		}
		return values;
	}

	async #validate(): Promise<SignUpValidation> {
		const { validateSignUp } = await loadValidation();
		return validateSignUp(this.#sectors, this.#values());
	}

	async #touch(target: EventTarget | null) {
		if (!(target instanceof HTMLElement) || this.#pressingSend) return;
		const name = target.getAttribute('name');
		if (!name || !(SIGN_UP_FIELDS as readonly string[]).includes(name)) return;
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
		for (const control of this.#form.querySelectorAll<HTMLElement>(`[name="${name}"]`)) {
			if (problem) control.setAttribute('aria-invalid', 'true');
			else control.removeAttribute('aria-invalid');
		}
	}

	/** Shows every field's problem (none: cleared) and the box above the form with their list. */
	#showProblems(fields: Partial<Record<string, FieldProblem>>, problem?: FieldProblem) {
		for (const name of SIGN_UP_FIELDS) {
			this.#showFieldProblem(name, fields[name]);
			this.#touched.add(name);
		}
		const box = this.querySelector<HTMLElement>('[data-form-problem]');
		const text = this.querySelector<HTMLElement>('[data-form-problem-text]');
		const summary = this.querySelector<HTMLElement>('[data-summary]');
		if (!box || !text || !summary) return;
		const names = Object.keys(fields).filter((name) => fields[name]);
		if (!problem && names.length === 0) {
			box.hidden = true;
			return;
		}
		text.textContent = problem ? this.#say(problem) : '';
		summary.querySelector('ul')?.replaceChildren(
			...names.map((name) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = `#field-${name}`;
				const field = this.querySelector<HTMLElement>(`[data-field="${name}"]`);
				const label =
					field?.dataset['summaryLabel'] ??
					field?.querySelector(':is(label, legend)')?.textContent ??
					name;
				const message = this.querySelector(`[data-error-for="${name}"]`)?.textContent ?? '';
				link.textContent = this.#say({
					key: 'newsletter.summary.item',
					values: { label: label.replace(/\s*\*\s*$/, '').trim(), message },
				});
				item.append(link);
				return item;
			}),
		);
		summary.hidden = names.length === 0;
		box.hidden = false;
		box.focus();
	}

	#status(text: string) {
		const status = this.querySelector<HTMLElement>('[data-status]');
		if (status) status.textContent = text;
	}

	async #submit() {
		if (this.#sending) return;
		let result: SignUpValidation;
		try {
			result = await this.#validate();
		} catch {
			// The checks could not load (connection lost): the server checks everything anyway.
			result = { ok: true, data: { email: '', language: 'fr', sectors: [] } };
		}
		if (!result.ok) {
			this.#showProblems(result.fields, { key: 'newsletter.error.fields' });
			return;
		}
		this.#showProblems({});
		await this.#send();
	}

	async #send() {
		this.#sending = true;
		const button = this.querySelector<HTMLButtonElement>('[data-send]');
		const label = button?.textContent ?? '';
		if (button) {
			button.disabled = true;
			button.textContent = this.#say({ key: 'newsletter.sending' });
		}
		this.#status('');
		try {
			// The form as it is (token, honeypot and language included), to the sign-up action.
			const response = await fetch(this.dataset['action'] as string, {
				method: 'POST',
				body: new FormData(this.#form),
			});
			if (response.ok) {
				this.#sent();
				return;
			}
			if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
			// Refused: the visitor must change something; everything typed stays. The action's
			// refusal is in the visitor's language, with a message per field.
			const body = (await response.json().catch(() => ({}))) as {
				message?: string;
				fields?: Record<string, string>;
			};
			this.#texts['server.message'] = body.message ?? '';
			const fields = body.fields ?? {};
			for (const [name, message] of Object.entries(fields)) this.#texts[`server.${name}`] = message;
			this.#showProblems(
				Object.fromEntries(Object.keys(fields).map((name) => [name, { key: `server.${name}` }])),
				{ key: 'server.message' },
			);
		} catch {
			this.#status(this.#say({ key: 'newsletter.error.server' }));
		} finally {
			this.#sending = false;
			if (button) {
				button.disabled = false;
				button.textContent = label;
			}
		}
	}

	#sent() {
		const template = this.querySelector<HTMLTemplateElement>('template[data-sent]');
		if (!template) return;
		this.replaceChildren(template.content.cloneNode(true));
		const section = this.querySelector<HTMLElement>('.sent');
		section?.focus();
		section?.scrollIntoView({ block: 'start' });
	}
}

customElements.define('newsletter-form', NewsletterForm);

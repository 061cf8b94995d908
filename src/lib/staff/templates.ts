/**
 * The office's reply templates (table `reply_templates`, migration 7): per kind (complaint or
 * suggestion), a title and the text in French and in English. Staff edit them on their page
 * (/staff/modeles/); an item's answer form offers the templates of its kind and inserts the text
 * in the visitor's language.
 */
import type { FeedbackLocale } from '../feedback/repository.ts';
import type { Driver, Row } from '../server/sql.ts';
import { ACTION_LIMITS, field, type PostedForm } from './actions.ts';

export const TEMPLATE_KINDS = ['complaint', 'suggestion'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface ReplyTemplate {
	id: number;
	kind: TemplateKind;
	title: string;
	body: Record<FeedbackLocale, string>;
	updatedAt: Date;
	updatedBy: string;
}

export type TemplateFields = Pick<ReplyTemplate, 'kind' | 'title' | 'body'>;

export const TEMPLATE_TITLE_LIMIT = 100;

export type TemplateError =
	'staff.templates.error.action' | 'staff.templates.error.title' | 'staff.templates.error.body';

export type TemplateAction =
	| { action: 'save'; id?: number | undefined; fields: TemplateFields }
	| { action: 'delete'; id: number };

const toTemplate = (row: Row): ReplyTemplate => ({
	id: Number(row['id']),
	kind: row['kind'] === 'suggestion' ? 'suggestion' : 'complaint',
	title: String(row['title']),
	body: { fr: String(row['body_fr']), en: String(row['body_en']) },
	updatedAt:
		row['updated_at'] instanceof Date ? row['updated_at'] : new Date(String(row['updated_at'])),
	updatedBy: String(row['updated_by']),
});

/** A post of the templates page. */
export function parseTemplateAction(
	form: PostedForm,
): { ok: true; action: TemplateAction } | { ok: false; error: TemplateError } {
	const idText = field(form, 'id');
	const id = idText === undefined ? undefined : Number(idText);
	if (id !== undefined && (!Number.isSafeInteger(id) || id <= 0))
		return { ok: false, error: 'staff.templates.error.action' };
	const action = form.get('action');
	if (action === 'delete')
		return id === undefined
			? { ok: false, error: 'staff.templates.error.action' }
			: { ok: true, action: { action, id } };
	if (action !== 'save') return { ok: false, error: 'staff.templates.error.action' };
	const kind = TEMPLATE_KINDS.find((item) => item === form.get('kind'));
	if (!kind) return { ok: false, error: 'staff.templates.error.action' };
	const title = field(form, 'title');
	if (!title || title.length > TEMPLATE_TITLE_LIMIT)
		return { ok: false, error: 'staff.templates.error.title' };
	const fr = field(form, 'bodyFr');
	const en = field(form, 'bodyEn');
	if (!fr || !en || fr.length > ACTION_LIMITS.answer || en.length > ACTION_LIMITS.answer)
		return { ok: false, error: 'staff.templates.error.body' };
	return { ok: true, action: { action, id, fields: { kind, title, body: { fr, en } } } };
}

export class TemplateStore {
	readonly #driver: Driver;

	constructor(driver: Driver) {
		this.#driver = driver;
	}

	/** The templates, of one kind or all, by kind then title. */
	async list(kind?: TemplateKind): Promise<ReplyTemplate[]> {
		const rows = kind
			? await this.#driver.query('SELECT * FROM reply_templates WHERE kind = $1 ORDER BY title', [
					kind,
				])
			: await this.#driver.query('SELECT * FROM reply_templates ORDER BY kind, title');
		return rows.map(toTemplate);
	}

	async find(id: number): Promise<ReplyTemplate | undefined> {
		const [row] = await this.#driver.query('SELECT * FROM reply_templates WHERE id = $1', [id]);
		return row ? toTemplate(row) : undefined;
	}

	/** Creates a template, or changes the one with `id`; false when that one no longer exists. */
	async save(
		id: number | undefined,
		fields: TemplateFields,
		by: string,
		at: Date,
	): Promise<boolean> {
		const values = [fields.kind, fields.title, fields.body.fr, fields.body.en, at, by];
		const rows =
			id === undefined
				? await this.#driver.query(
						`INSERT INTO reply_templates (kind, title, body_fr, body_en, updated_at, updated_by)
						VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
						values,
					)
				: await this.#driver.query(
						`UPDATE reply_templates SET kind = $1, title = $2, body_fr = $3, body_en = $4,
						updated_at = $5, updated_by = $6 WHERE id = $7 RETURNING id`,
						[...values, id],
					);
		return rows.length > 0;
	}

	async delete(id: number): Promise<void> {
		await this.#driver.query('DELETE FROM reply_templates WHERE id = $1', [id]);
	}
}

/** The text a template inserts in an answer to a visitor who wrote in `locale`. */
export const templateText = (template: ReplyTemplate, locale: FeedbackLocale) =>
	template.body[locale];

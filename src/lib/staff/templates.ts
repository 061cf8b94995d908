/**
 * The office's reply templates (table `reply_templates`, migration 7): per kind (complaint or
 * suggestion), a title and the text in French and in English. Staff edit them on their page
 * (/staff/modeles/); an item's answer form offers the templates of its kind and inserts the text
 * in the visitor's language.
 */
import type { FeedbackLocale } from '../feedback/repository.ts';
import type { Generated, Selectable } from 'kysely';
import { database, toDate, type Timestamp } from '../server/kysely.ts';
import type { Driver } from '../server/sql.ts';
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

/** The templates' table (./migrations.ts, version 7). */
export interface TemplateTables {
	reply_templates: {
		id: Generated<number>;
		kind: TemplateKind;
		title: string;
		body_fr: string;
		body_en: string;
		updated_at: Timestamp;
		updated_by: string;
	};
}

const toTemplate = (row: Selectable<TemplateTables['reply_templates']>): ReplyTemplate => ({
	id: row.id,
	kind: row.kind,
	title: row.title,
	body: { fr: row.body_fr, en: row.body_en },
	updatedAt: toDate(row.updated_at),
	updatedBy: row.updated_by,
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
		const templates = database(this.#driver).selectFrom('reply_templates').selectAll();
		const rows = await (kind ? templates.where('kind', '=', kind) : templates.orderBy('kind'))
			.orderBy('title')
			.execute();
		return rows.map(toTemplate);
	}

	async find(id: number): Promise<ReplyTemplate | undefined> {
		const row = await database(this.#driver)
			.selectFrom('reply_templates')
			.selectAll()
			.where('id', '=', id)
			.executeTakeFirst();
		return row && toTemplate(row);
	}

	/** Creates a template, or changes the one with `id`; false when that one no longer exists. */
	async save(
		id: number | undefined,
		fields: TemplateFields,
		by: string,
		at: Date,
	): Promise<boolean> {
		const db = database(this.#driver);
		const values = {
			kind: fields.kind,
			title: fields.title,
			body_fr: fields.body.fr,
			body_en: fields.body.en,
			updated_at: at,
			updated_by: by,
		};
		const row =
			id === undefined
				? await db.insertInto('reply_templates').values(values).returning('id').executeTakeFirst()
				: await db
						.updateTable('reply_templates')
						.set(values)
						.where('id', '=', id)
						.returning('id')
						.executeTakeFirst();
		return row !== undefined;
	}

	async delete(id: number): Promise<void> {
		await database(this.#driver).deleteFrom('reply_templates').where('id', '=', id).execute();
	}
}

/** The text a template inserts in an answer to a visitor who wrote in `locale`. */
export const templateText = (template: ReplyTemplate, locale: FeedbackLocale) =>
	template.body[locale];

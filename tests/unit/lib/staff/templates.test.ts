/**
 * Reply templates (src/lib/staff/templates.ts), against both stores: what a post may hold, and
 * templates created, listed by kind, changed, deleted; the text offered is the visitor's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlRepository } from '../../../../src/lib/feedback/sql-repository';
import {
	parseTemplateAction,
	templateText,
	TemplateStore,
} from '../../../../src/lib/staff/templates';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';

const NOW = new Date('2026-07-15T10:00:00Z');
const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const VALID = {
	action: 'save',
	kind: 'complaint',
	title: 'Excuses',
	bodyFr: 'Nous vous prions de nous excuser.',
	bodyEn: 'Please accept our apologies.',
};

describe('a templates post', () => {
	it('reads a new template, a change and a deletion', () => {
		expect(parseTemplateAction(form(VALID))).toEqual({
			ok: true,
			action: {
				action: 'save',
				id: undefined,
				fields: {
					kind: 'complaint',
					title: 'Excuses',
					body: { fr: VALID.bodyFr, en: VALID.bodyEn },
				},
			},
		});
		expect(parseTemplateAction(form({ ...VALID, id: '3' }))).toMatchObject({
			ok: true,
			action: { id: 3 },
		});
		expect(parseTemplateAction(form({ action: 'delete', id: '3' }))).toEqual({
			ok: true,
			action: { action: 'delete', id: 3 },
		});
	});

	it('refuses a template without a name, a language, or of another kind', () => {
		const error = (fields: Record<string, string>) => {
			const parsed = parseTemplateAction(form(fields));
			return parsed.ok ? undefined : parsed.error;
		};
		expect(error({ ...VALID, title: ' ' })).toBe('staff.templates.error.title');
		expect(error({ ...VALID, bodyEn: '' })).toBe('staff.templates.error.body');
		expect(error({ ...VALID, bodyFr: 'x'.repeat(5001) })).toBe('staff.templates.error.body');
		expect(error({ ...VALID, kind: 'questionnaire' })).toBe('staff.templates.error.action');
		expect(error({ ...VALID, id: '-1' })).toBe('staff.templates.error.action');
		expect(error({ action: 'delete' })).toBe('staff.templates.error.action');
	});
});

for (const kind of STORE_KINDS) {
	describe.skipIf(kind.skip)(`reply templates — ${suiteName(kind)}`, () => {
		let stores: TestStore;
		let templates: TemplateStore;

		beforeAll(async () => {
			stores = kind.create();
			const repository = await stores.open();
			if (!(repository instanceof SqlRepository)) throw new Error('SQL store expected');
			templates = new TemplateStore(repository.driver);
		});
		afterAll(() => stores.cleanup());

		it('keeps templates per kind, changed and deleted, with who changed them', async () => {
			const body = { fr: 'Merci pour votre idée.', en: 'Thank you for your idea.' };
			expect(
				await templates.save(
					undefined,
					{ kind: 'suggestion', title: 'Merci', body },
					'a@example.org',
					NOW,
				),
			).toBe(true);
			expect(
				await templates.save(
					undefined,
					{ kind: 'complaint', title: 'Excuses', body: { fr: 'Pardon.', en: 'Sorry.' } },
					'a@example.org',
					NOW,
				),
			).toBe(true);
			const [suggestion] = await templates.list('suggestion');
			expect(suggestion).toMatchObject({
				kind: 'suggestion',
				title: 'Merci',
				body,
				updatedBy: 'a@example.org',
			});
			expect(suggestion?.updatedAt).toEqual(NOW);
			expect((await templates.list()).map((template) => template.title)).toEqual([
				'Excuses',
				'Merci',
			]);
			if (!suggestion) return;
			expect(templateText(suggestion, 'en')).toBe('Thank you for your idea.');
			expect(templateText(suggestion, 'fr')).toBe('Merci pour votre idée.');

			const later = new Date(NOW.getTime() + 60_000);
			expect(
				await templates.save(
					suggestion.id,
					{ kind: 'suggestion', title: 'Merci !', body: { ...body, en: 'Thanks!' } },
					'b@example.org',
					later,
				),
			).toBe(true);
			expect(await templates.find(suggestion.id)).toMatchObject({
				title: 'Merci !',
				body: { en: 'Thanks!' },
				updatedBy: 'b@example.org',
			});
			await templates.delete(suggestion.id);
			expect(await templates.list('suggestion')).toEqual([]);
			// A change to a deleted template is refused, not made into a new one.
			expect(
				await templates.save(suggestion.id, { kind: 'suggestion', title: 'X', body }, 'b', later),
			).toBe(false);
			expect(await templates.list()).toHaveLength(1);
		});
	});
}

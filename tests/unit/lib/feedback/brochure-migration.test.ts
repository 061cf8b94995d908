/**
 * Migrations 4 (paper-brochure requests) and 5 (mail from the back office) on a SQLite store that
 * already holds submissions: SQLite rebuilds the submissions table, then the outbox, to widen their
 * kind constraints, and nothing may be lost on the way: each submission's history (which a plain
 * DROP TABLE would cascade away), the outbox's mail and its links.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/lib/server/migrations';
import { SCHEMA, schemaVersion } from '../../../../src/lib/server/schema';
import { sqliteDriver } from '../../../../src/lib/server/sqlite';
import { openSqlite } from '../../../tools/open-store';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A store at version 3 with one suggestion, its history and its mail. */
async function storeBeforeBrochures(): Promise<string> {
	const folder = mkdtempSync(join(tmpdir(), 'brochure-migration-'));
	folders.push(folder);
	const path = join(folder, 'feedback.sqlite');
	const driver = sqliteDriver(path);
	await migrate(driver, SCHEMA, 3);
	await driver.close();
	const database = new DatabaseSync(path);
	database.exec('PRAGMA foreign_keys = ON');
	database.exec(`
		INSERT INTO submissions (id, reference, kind, locale, received_at, idempotency_key, topic, data, updated_at, contact_name)
		VALUES (7, 'SUG-2026-AAAAAA', 'suggestion', 'fr', '2026-07-01T10:00:00Z', 'key-1', 'website', '{"message":"Bonjour"}', '2026-07-01T10:00:00Z', 'Camille');
		INSERT INTO submission_history (submission_id, at, actor, action) VALUES (7, '2026-07-01T10:00:00Z', 'visitor', 'received');
		INSERT INTO outbox (submission_id, kind, recipient, subject, body, created_at, next_attempt_at)
		VALUES (7, 'office', 'accueil@example.org', 'Suggestion', 'Bonjour', '2026-07-01T10:00:00Z', '2026-07-01T10:00:00Z');
	`);
	database.close();
	return path;
}

describe('migration 4 on SQLite', () => {
	it('keeps every submission, its history and its mail, and accepts brochure requests', async () => {
		const path = await storeBeforeBrochures();
		const repository = openSqlite(path);
		expect(await repository.migrate()).toBe(schemaVersion());
		const suggestion = await repository.findSubmission('SUG-2026-AAAAAA');
		expect(suggestion).toMatchObject({ id: 7, kind: 'suggestion', contactName: 'Camille' });
		expect((await repository.history(7)).map((entry) => entry.action)).toEqual(['received']);
		expect((await repository.listMail()).map((mail) => mail.submissionId)).toEqual([7]);

		const created = await repository.createSubmission(
			{
				kind: 'brochureRequest',
				locale: 'en',
				receivedAt: new Date('2026-07-02T10:00:00Z'),
				idempotencyKey: 'key-2',
				contactName: 'Claire Fabre',
				data: { 'brochure-tourist-map': 'yes', street: '12 rue des Châtaigniers' },
			},
			() => 'BRO-2026-BBBBBB',
			() => [],
		);
		expect(created.status).toBe('created');
		await repository.close();

		// The rebuilt table is still the parent of the history and the outbox.
		const database = new DatabaseSync(path);
		database.exec('PRAGMA foreign_keys = ON');
		expect(database.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
		database.exec('DELETE FROM submissions WHERE id = 7');
		expect(
			database
				.prepare('SELECT COUNT(*) AS count FROM submission_history WHERE submission_id = 7')
				.get(),
		).toEqual({ count: 0 });
		expect(database.prepare('SELECT submission_id FROM outbox').all()).toEqual([
			{ submission_id: null },
		]);
		database.exec(
			"INSERT INTO outbox (kind, recipient, subject, body, created_at, next_attempt_at) VALUES ('reply', 'a@example.org', 'S', 'B', '', '')",
		);
		expect(() =>
			database.exec(
				"INSERT INTO outbox (kind, recipient, subject, body, created_at, next_attempt_at) VALUES ('spam', 'a@example.org', 'S', 'B', '', '')",
			),
		).toThrow(/CHECK constraint failed/);
		expect(() =>
			database.exec(
				"INSERT INTO submissions (reference, kind, locale, received_at, idempotency_key, data, updated_at) VALUES ('X', 'parcel', 'fr', '', 'k', '{}', '')",
			),
		).toThrow(/CHECK constraint failed/);
		database.close();
	});
});

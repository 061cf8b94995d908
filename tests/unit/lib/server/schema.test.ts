/**
 * The server's database after the tables were split by feature (feedback, newsletter, staff, run
 * in one order by src/lib/server/schema.ts): a database made by the migrations as they were
 * before (tests/fixtures/database/) migrates without change — no migration applied again, every
 * row kept — and holds the same schema as a new database.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ordered, type MigrationList } from '../../../../src/lib/server/migrations';
import { postgresDriver } from '../../../../src/lib/server/postgres';
import { migrateSchema, schemaMigrations, schemaVersion } from '../../../../src/lib/server/schema';
import type { Driver } from '../../../../src/lib/server/sql';
import { sqliteDriver } from '../../../../src/lib/server/sqlite';
import { DATABASE_URL } from '../../../tools/feedback-stores';
import { ROOT } from '../../../tools/paths';

const fixture = (dialect: 'sqlite' | 'postgres') =>
	readFileSync(join(ROOT, `tests/fixtures/database/before-split.${dialect}.sql`), 'utf8');

/** A row in each feature's tables, as a deployed server holds them. */
const ROWS = `
INSERT INTO submissions (id, reference, kind, locale, received_at, idempotency_key, data, updated_at, contact_name)
VALUES (7, 'SUG-2026-AAAAAA', 'suggestion', 'fr', '2026-07-01T10:00:00Z', 'key-1', '{"message":"Bonjour"}', '2026-07-01T10:00:00Z', 'Camille');
INSERT INTO newsletter_subscribers (id, email, locale, sectors, status, created_at, updated_at)
VALUES (3, 'lecteur@example.org', 'en', '["mont-lozere"]', 'confirmed', '2026-07-01T10:00:00Z', '2026-07-01T10:00:00Z');
INSERT INTO staff_accounts (id, email, password_hash, created_at, updated_at)
VALUES (5, 'accueil@example.org', 'hash', '2026-07-01T10:00:00Z', '2026-07-01T10:00:00Z');
INSERT INTO outbox (submission_id, subscriber_id, kind, recipient, subject, body, created_at, next_attempt_at)
VALUES (7, NULL, 'office', 'accueil@example.org', 'Suggestion', 'Bonjour', '2026-07-01T10:00:00Z', '2026-07-01T10:00:00Z');
`;

const applied = async (driver: Driver) =>
	(
		await driver.query('SELECT version, name, applied_at FROM schema_migrations ORDER BY version')
	).map((row) => [Number(row['version']), row['name'], String(row['applied_at'])]);

const kept = async (driver: Driver) => [
	(await driver.query('SELECT reference, contact_name FROM submissions')).map((row) => ({
		...row,
	})),
	(await driver.query('SELECT email FROM newsletter_subscribers')).map((row) => ({ ...row })),
	(await driver.query('SELECT email, role FROM staff_accounts')).map((row) => ({ ...row })),
	(await driver.query('SELECT submission_id, kind FROM outbox')).map((row) => ({
		submissionId: Number(row['submission_id']),
		kind: row['kind'],
	})),
];

describe('the migrations of every feature', () => {
	it('run in the order of their versions, whichever feature owns them', () => {
		expect(schemaMigrations().map((migration) => migration.version)).toEqual([
			1, 2, 3, 4, 5, 6, 7, 8,
		]);
		expect(schemaVersion()).toBe(8);
	});

	it('refuse a version claimed by two features', () => {
		const list = (owner: string, version: number): MigrationList => ({
			owner,
			migrations: [{ version, name: owner, up: () => Promise.resolve() }],
		});
		expect(() => ordered([list('feedback', 9), list('staff', 9)])).toThrow(
			'Migration 9 is claimed by feedback and by staff',
		);
	});
});

describe('a SQLite database made before the split', () => {
	const folder = mkdtempSync(join(tmpdir(), 'schema-upgrade-'));
	afterAll(() => rmSync(folder, { recursive: true, force: true }));

	/** SQL text without quotes, case and spacing: `CHECK (a IN ('x'))` and `check(a in('x'))`. */
	const normalise = (text: string) =>
		text
			.replaceAll('"', '')
			.toLowerCase()
			.replace(/\s+/g, ' ')
			.replace(/\s*([(),])\s*/g, '$1')
			.trim();

	/** The conditions of the CHECK constraints in a table's SQL. */
	const checks = (text: string) => {
		const normalised = normalise(text);
		const found: string[] = [];
		for (let at = normalised.indexOf('check('); at >= 0; at = normalised.indexOf('check(', at)) {
			let depth = 0;
			let end = at + 'check'.length;
			for (; end < normalised.length; end++) {
				if (normalised[end] === '(') depth++;
				else if (normalised[end] === ')' && --depth === 0) break;
			}
			found.push(normalised.slice(at + 'check('.length, end));
			at = end;
		}
		return found.sort();
	};

	/**
	 * The schema as SQLite holds it, whatever SQL text made it: each table's columns (type, NOT
	 * NULL, default, primary key), foreign keys, CHECK conditions and indexes (their columns, and
	 * the SQL of those made by a migration, which says which rows a partial index holds).
	 */
	const schemaOf = (path: string) => {
		const database = new DatabaseSync(path);
		const all = (query: string) => database.prepare(query).all();
		try {
			return all(
				"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
			).map((table) => {
				const name = String(table['name']);
				return {
					name,
					columns: all(`PRAGMA table_xinfo("${name}")`).map((column) => ({
						...column,
						type: String(column['type']).toUpperCase(),
					})),
					foreignKeys: all(`PRAGMA foreign_key_list("${name}")`)
						.map(({ id: _id, seq: _seq, ...key }) => key)
						.sort((a, b) => String(a['from']).localeCompare(String(b['from']))),
					checks: checks(String(table['sql'])),
					indexes: all(`PRAGMA index_list("${name}")`)
						.map(({ seq: _seq, ...index }) => {
							const indexName = String(index['name']);
							const [made] = all(
								`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '${indexName}'`,
							);
							return {
								...index,
								name: indexName,
								columns: all(`PRAGMA index_xinfo("${indexName}")`)
									.filter((column) => column['key'])
									.map((column) => column['name']),
								sql: made?.['sql'] ? normalise(String(made['sql'])) : null,
							};
						})
						.sort((a, b) => a.name.localeCompare(b.name)),
				};
			});
		} finally {
			database.close();
		}
	};

	it('migrates without change: nothing applied again, every row kept, the same schema as a new one', async () => {
		const old = join(folder, 'before-split.sqlite');
		const database = new DatabaseSync(old);
		database.exec(fixture('sqlite'));
		database.exec(ROWS);
		database.close();
		const driver = sqliteDriver(old);
		const before = await applied(driver);
		const rows = await kept(driver);
		expect(await migrateSchema(driver)).toBe(8);
		expect(await applied(driver)).toEqual(before);
		expect(await kept(driver)).toEqual(rows);
		expect(rows.flat()).toHaveLength(4);
		await driver.close();

		const fresh = join(folder, 'new.sqlite');
		const created = sqliteDriver(fresh);
		await migrateSchema(created);
		await created.close();
		expect(schemaOf(old)).toEqual(schemaOf(fresh));
	});
});

describe.skipIf(!DATABASE_URL)(
	`a PostgreSQL database made before the split${DATABASE_URL ? '' : ' (skipped: no DATABASE_URL)'}`,
	() => {
		const schemas: string[] = [];
		const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
			const client = new pg.Client({ connectionString: DATABASE_URL });
			await client.connect();
			try {
				return await work(client);
			} finally {
				await client.end();
			}
		};
		/** A new, empty schema of the server's database, and the address that uses it. */
		const schema = async (suffix: string) => {
			const name = `schema_upgrade_${process.pid}_${suffix}`;
			await admin((client) =>
				client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE; CREATE SCHEMA ${name}`),
			);
			schemas.push(name);
			const location = new URL(DATABASE_URL ?? '');
			location.searchParams.set('options', `-c search_path=${name}`);
			return { name, url: location.href };
		};
		/** Every column and constraint, as the catalogue describes them. */
		const schemaOf = (name: string) =>
			admin(async (client) => [
				(
					await client.query(
						`SELECT table_name, column_name, data_type, is_nullable, column_default
						FROM information_schema.columns WHERE table_schema = $1 ORDER BY table_name, column_name`,
						[name],
					)
				).rows.map((row: { column_default: string | null }) => ({
					...row,
					column_default: row.column_default?.replaceAll(`${name}.`, '') ?? null,
				})),
				(
					await client.query(
						`SELECT (SELECT relname FROM pg_class WHERE oid = conrelid) AS owner, conname,
							pg_get_constraintdef(oid) AS definition
						FROM pg_constraint WHERE connamespace = $1::regnamespace ORDER BY conname`,
						[name],
					)
				).rows.map((row: { owner: string; conname: string; definition: string }) => ({
					...row,
					definition: row.definition.replaceAll(`${name}.`, ''),
				})),
				(
					await client.query(
						'SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname',
						[name],
					)
				).rows.map((row: { indexname: string; indexdef: string }) => ({
					name: row.indexname,
					definition: row.indexdef.replaceAll(`${name}.`, ''),
				})),
			]);
		afterAll(() =>
			admin(async (client) => {
				for (const name of schemas) await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
			}),
		);

		it('migrates without change: nothing applied again, every row kept, the same schema as a new one', async () => {
			const old = await schema('old');
			const setUp = new pg.Client({ connectionString: old.url });
			await setUp.connect();
			await setUp.query(fixture('postgres'));
			await setUp.query(ROWS);
			await setUp.end();
			const driver = postgresDriver(old.url, 2);
			const before = await applied(driver);
			const rows = await kept(driver);
			expect(await migrateSchema(driver)).toBe(8);
			expect(await applied(driver)).toEqual(before);
			expect(await kept(driver)).toEqual(rows);
			await driver.close();

			const fresh = await schema('new');
			const created = postgresDriver(fresh.url, 2);
			await migrateSchema(created);
			await created.close();
			const [oldColumns, oldConstraints, oldIndexes] = await schemaOf(old.name);
			const [newColumns, newConstraints, newIndexes] = await schemaOf(fresh.name);
			expect(oldColumns).toEqual(newColumns);
			expect(oldConstraints).toEqual(newConstraints);
			expect(oldIndexes).toEqual(newIndexes);
		});
	},
);

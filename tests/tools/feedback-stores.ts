/**
 * The two stores the feedback tests run against, real ones: a SQLite file in a temporary folder,
 * and a fresh schema on the PostgreSQL server of DATABASE_URL (.ci/run starts one with
 * tests/tools/postgres.sh). Without DATABASE_URL the PostgreSQL suites are skipped with the
 * reason in their name — except on CI, where a missing server fails the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { SqlRepository } from '../../src/lib/feedback/sql-repository.ts';
import { openPostgres, openSqlite } from './open-store.ts';

export const DATABASE_URL = process.env['DATABASE_URL'];

if (process.env['CI'] && !DATABASE_URL)
	throw new Error(
		'DATABASE_URL is not set on CI: the PostgreSQL tests must run (.ci/run starts a server).',
	);

export interface TestStore {
	/** A new, empty, migrated store. */
	open(): Promise<SqlRepository>;
	/** Drops every store opened. */
	cleanup(): Promise<void>;
	/** What a new store is called in settings (SQLITE_PATH or DATABASE_URL). */
	lastLocation: Record<string, string>;
}

export interface StoreKind {
	name: string;
	/** Why the suite is skipped, or undefined when it runs. */
	skip: string | undefined;
	create(): TestStore;
}

function sqliteStore(): TestStore {
	const folder = mkdtempSync(join(tmpdir(), 'feedback-test-'));
	const opened: SqlRepository[] = [];
	let count = 0;
	const store: TestStore = {
		lastLocation: {},
		async open() {
			const path = join(folder, `store-${++count}.sqlite`);
			store.lastLocation = { SQLITE_PATH: path };
			const repository = openSqlite(path);
			await repository.migrate();
			opened.push(repository);
			return repository;
		},
		async cleanup() {
			await Promise.all(opened.map((repository) => repository.close().catch(() => undefined)));
			rmSync(folder, { recursive: true, force: true });
		},
	};
	return store;
}

/** Each store is a schema of its own in the server's database: quick to make and to drop. */
function postgresStore(url: string): TestStore {
	const schemas: string[] = [];
	const opened: SqlRepository[] = [];
	const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
		const client = new pg.Client({ connectionString: url });
		await client.connect();
		try {
			return await work(client);
		} finally {
			await client.end();
		}
	};
	const store: TestStore = {
		lastLocation: {},
		async open() {
			const name = `feedback_test_${process.pid}_${Date.now().toString(36)}_${schemas.length}`;
			await admin((client) => client.query(`CREATE SCHEMA ${name}`));
			schemas.push(name);
			const location = new URL(url);
			location.searchParams.set('options', `-c search_path=${name}`);
			store.lastLocation = { DATABASE_URL: location.href };
			const repository = openPostgres(location.href, 20);
			await repository.migrate();
			opened.push(repository);
			return repository;
		},
		async cleanup() {
			await Promise.all(opened.map((repository) => repository.close().catch(() => undefined)));
			await admin(async (client) => {
				for (const name of schemas) await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
			});
		},
	};
	return store;
}

export const STORE_KINDS: StoreKind[] = [
	{ name: 'SQLite', skip: undefined, create: sqliteStore },
	{
		name: 'PostgreSQL',
		skip: DATABASE_URL ? undefined : 'DATABASE_URL is not set (no PostgreSQL server given)',
		create: () => postgresStore(DATABASE_URL ?? ''),
	},
];

/** "PostgreSQL" or "PostgreSQL — skipped: DATABASE_URL is not set …", for suite names. */
export const suiteName = (kind: StoreKind) =>
	kind.skip ? `${kind.name} — skipped: ${kind.skip}` : kind.name;

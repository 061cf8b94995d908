/**
 * Kysely on our SQLite driver: its compiled SQL goes through the driver's queue, so what the
 * driver guarantees still holds — rows come back from `returning`, a failing transaction of a
 * group commit is rolled back alone, and Kysely cannot open a transaction behind the driver's back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, inTransaction, kysely } from '../../../../src/lib/server/kysely';
import { migrateSchema } from '../../../../src/lib/server/schema';
import type { Driver } from '../../../../src/lib/server/sql';
import { sqliteDriver } from '../../../../src/lib/server/sqlite';

describe('Kysely on the SQLite driver', () => {
	let folder: string;
	let driver: Driver;
	beforeEach(async () => {
		folder = mkdtempSync(join(tmpdir(), 'kysely-'));
		driver = sqliteDriver(join(folder, 'store.sqlite'));
		await migrateSchema(driver);
	});
	afterEach(async () => {
		await driver.close();
		rmSync(folder, { recursive: true, force: true });
	});

	it('returns the rows of an insert … returning, with their typed values', async () => {
		const row = await database(driver)
			.insertInto('settings')
			.values({ name: 'a', value: 'b' })
			.returning(['name', 'value'])
			.executeTakeFirst();
		expect(row).toEqual({ name: 'a', value: 'b' });
	});

	it('rolls back only the failing one of transactions asked for together (one group commit)', async () => {
		const write = (name: string, fail: boolean) =>
			inTransaction(driver, async (db) => {
				await db.insertInto('settings').values({ name, value: 'x' }).execute();
				if (fail) throw new Error(`${name} failed`);
				return name;
			});
		const outcomes = await Promise.allSettled([
			write('first', false),
			write('second', true),
			write('third', false),
		]);
		expect(outcomes.map((outcome) => outcome.status)).toEqual([
			'fulfilled',
			'rejected',
			'fulfilled',
		]);
		const names = await database(driver)
			.selectFrom('settings')
			.select('name')
			.orderBy('name')
			.execute();
		expect(names.map((row) => row.name)).toEqual(['first', 'third']);
	});

	it("refuses Kysely's own transactions, which would bypass the driver's", async () => {
		await expect(
			database(driver)
				.transaction()
				.execute(() => Promise.resolve()),
		).rejects.toThrow('inTransaction');
	});

	it('leaves a `$1` in a value alone: values are parameters, not SQL text', async () => {
		const db = kysely(driver, driver.dialect);
		await db.insertInto('settings').values({ name: 'price', value: '$1 and ?1' }).execute();
		const row = await db
			.selectFrom('settings')
			.select('value')
			.where('name', '=', 'price')
			.executeTakeFirst();
		expect(row?.value).toBe('$1 and ?1');
		expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(db)).rows).toEqual([{ one: 1 }]);
	});
});

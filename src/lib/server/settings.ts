/** Settings kept in the database (`settings` table): generated secrets shared by every instance. */
import type { Kysely } from 'kysely';
import type { Database } from './tables.ts';

export interface SettingsTable {
	name: string;
	value: string;
}

/** A stored setting, or `create()` stored under that name when there is none (first one wins). */
export async function setting(
	db: Kysely<Database>,
	name: string,
	create: () => string,
): Promise<string> {
	await db
		.insertInto('settings')
		.values({ name, value: create() })
		.onConflict((conflict) => conflict.column('name').doNothing())
		.execute();
	const row = await db
		.selectFrom('settings')
		.select('value')
		.where('name', '=', name)
		.executeTakeFirstOrThrow();
	return row.value;
}

export async function writeSetting(
	db: Kysely<Database>,
	name: string,
	value: string,
): Promise<void> {
	await db
		.insertInto('settings')
		.values({ name, value })
		.onConflict((conflict) =>
			conflict.column('name').doUpdateSet((update) => ({ value: update.ref('excluded.value') })),
		)
		.execute();
}

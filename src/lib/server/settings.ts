/** Settings kept in the database (`settings` table): generated secrets shared by every instance. */
import type { Queryable } from './sql.ts';

/** A stored setting, or `create()` stored under that name when there is none (first one wins). */
export async function setting(db: Queryable, name: string, create: () => string): Promise<string> {
	await db.query(
		`INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`,
		[name, create()],
	);
	const [row] = await db.query('SELECT value FROM settings WHERE name = $1', [name]);
	return String(row?.['value']);
}

export async function writeSetting(db: Queryable, name: string, value: string): Promise<void> {
	await db.query(
		`INSERT INTO settings (name, value) VALUES ($1, $2)
		ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
		[name, value],
	);
}

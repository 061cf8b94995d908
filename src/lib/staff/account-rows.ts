/**
 * The staff accounts' tables as Kysely sees them (./migrations.ts, versions 2 and 7), and an
 * account's row as the store returns it (./store.ts holds the queries).
 */
import type { Generated, Selectable } from 'kysely';
import { optionalDate, toDate, type NullableTimestamp, type Timestamp } from '../server/kysely.ts';
import type { StaffAccount, StaffRole, TokenPurpose } from './store.ts';

/** The accounts' tables (the templates', notes' and erasures' are with their queries). */
export interface StaffAccountTables {
	staff_accounts: {
		id: Generated<number>;
		email: string;
		password_hash: string;
		created_at: Timestamp;
		updated_at: Timestamp;
		failed_attempts: Generated<number>;
		locked_until: NullableTimestamp;
		last_sign_in_at: NullableTimestamp;
		name: string | null;
		office_id: string | null;
		role: Generated<StaffRole>;
		deactivated_at: NullableTimestamp;
	};
	staff_sessions: {
		id_hash: string;
		account_id: number;
		csrf_token: string;
		created_at: Timestamp;
		expires_at: Timestamp;
	};
	staff_tokens: {
		token_hash: string;
		account_id: number;
		purpose: TokenPurpose;
		created_at: Timestamp;
		expires_at: Timestamp;
	};
}

type AccountRow = Selectable<StaffAccountTables['staff_accounts']>;

/** An empty name or office is none. */
export const optional = (value: string | null) =>
	value === null || value === '' ? undefined : value;

export const toAccount = (row: AccountRow): StaffAccount => ({
	id: row.id,
	email: row.email,
	passwordHash: row.password_hash,
	failedAttempts: row.failed_attempts,
	lockedUntil: optionalDate(row.locked_until),
	lastSignInAt: optionalDate(row.last_sign_in_at),
	name: optional(row.name),
	officeId: optional(row.office_id),
	role: row.role,
	deactivatedAt: optionalDate(row.deactivated_at),
	createdAt: toDate(row.created_at),
});

/**
 * Submissions as rows and back: the `submissions` and `submission_history` tables' types, their
 * mapping, and the conditions and order of a submission query (src/lib/staff/'s inbox, the
 * synthesis, the reminder), written once with Kysely for both databases.
 */
import {
	sql,
	type Expression,
	type ExpressionBuilder,
	type Generated,
	type Selectable,
	type SqlBool,
} from 'kysely';
import {
	fromJson,
	optionalDate,
	toDate,
	type Json,
	type NullableTimestamp,
	type Timestamp,
} from '../server/kysely.ts';
import type { Database } from '../server/tables.ts';
import type { FeedbackKind } from './choices.ts';
import type {
	FeedbackLocale,
	HistoryEntry,
	Submission,
	SubmissionQuery,
	SubmissionSource,
	SubmissionStatus,
} from './repository.ts';

/** The feedback function's tables (./migrations.ts; the staff columns: ../staff/migrations.ts). */
export interface FeedbackTables {
	submissions: {
		id: Generated<number>;
		reference: string;
		kind: FeedbackKind;
		locale: FeedbackLocale;
		status: Generated<SubmissionStatus>;
		received_at: Timestamp;
		due_at: NullableTimestamp;
		idempotency_key: string;
		topic: string | null;
		office_id: string | null;
		provider_id: string | null;
		page: string | null;
		contact_name: string | null;
		contact_email: string | null;
		contact_phone: string | null;
		data: Json<Record<string, unknown>>;
		client_hash: string | null;
		notified_at: NullableTimestamp;
		forwarded_to: string | null;
		answer: string | null;
		answered_at: NullableTimestamp;
		closed_at: NullableTimestamp;
		updated_at: Timestamp;
		anonymised_at: NullableTimestamp;
		source: Generated<SubmissionSource>;
		dated_at: NullableTimestamp;
		entered_by: string | null;
		assigned_account_id: number | null;
		assigned_office_id: string | null;
	};
	submission_history: {
		id: Generated<number>;
		submission_id: number;
		at: Timestamp;
		actor: string;
		action: string;
		detail: Json<Record<string, unknown>>;
	};
}

export type SubmissionRow = Selectable<FeedbackTables['submissions']>;
export type HistoryRow = Selectable<FeedbackTables['submission_history']>;

export function toSubmission(row: SubmissionRow): Submission {
	return {
		id: row.id,
		reference: row.reference,
		kind: row.kind,
		locale: row.locale,
		status: row.status,
		receivedAt: toDate(row.received_at),
		dueAt: optionalDate(row.due_at),
		idempotencyKey: row.idempotency_key,
		topic: row.topic ?? undefined,
		officeId: row.office_id ?? undefined,
		providerId: row.provider_id ?? undefined,
		page: row.page ?? undefined,
		contactName: row.contact_name ?? undefined,
		contactEmail: row.contact_email ?? undefined,
		contactPhone: row.contact_phone ?? undefined,
		data: fromJson(row.data),
		clientHash: row.client_hash ?? undefined,
		notifiedAt: optionalDate(row.notified_at),
		forwardedTo: row.forwarded_to ?? undefined,
		answer: row.answer ?? undefined,
		answeredAt: optionalDate(row.answered_at),
		closedAt: optionalDate(row.closed_at),
		assignedAccountId: row.assigned_account_id ?? undefined,
		assignedOfficeId: row.assigned_office_id ?? undefined,
		updatedAt: toDate(row.updated_at),
		anonymisedAt: optionalDate(row.anonymised_at),
		source: row.source,
		datedAt: optionalDate(row.dated_at),
		enteredBy: row.entered_by ?? undefined,
	};
}

export function toHistory(row: HistoryRow): HistoryEntry {
	return {
		id: row.id,
		submissionId: row.submission_id,
		at: toDate(row.at),
		actor: row.actor,
		action: row.action,
		detail: fromJson(row.detail),
	};
}

type Submissions = ExpressionBuilder<Database, 'submissions'>;

/** To handle: complaints and suggestions not yet answered or closed. */
export const isOpen = (submission: Submissions): Expression<SqlBool> =>
	submission.and([
		submission('kind', 'in', ['complaint', 'suggestion']),
		submission('status', 'in', ['new', 'forwarded']),
	]);

/** The conditions of a submission query (every submission when it has none). */
export const matching =
	(query: SubmissionQuery) =>
	(submission: Submissions): Expression<SqlBool> => {
		const conditions: Expression<SqlBool>[] = [];
		const dated = submission.fn.coalesce('dated_at', 'received_at');
		if (query.kind) conditions.push(submission('kind', '=', query.kind));
		if (query.status) conditions.push(submission('status', '=', query.status));
		if (query.officeId) conditions.push(submission('office_id', '=', query.officeId));
		if (query.providerId) conditions.push(submission('provider_id', '=', query.providerId));
		if (query.receivedFrom) conditions.push(submission('received_at', '>=', query.receivedFrom));
		if (query.receivedBefore) conditions.push(submission('received_at', '<', query.receivedBefore));
		if (query.datedFrom) conditions.push(submission(dated, '>=', query.datedFrom));
		if (query.datedBefore) conditions.push(submission(dated, '<', query.datedBefore));
		if (query.overdueAt)
			conditions.push(
				submission('due_at', '<', query.overdueAt),
				submission('status', 'in', ['new', 'forwarded']),
			);
		if (query.open) conditions.push(isOpen(submission));
		if (query.assignedTo) {
			const { accountId, officeId } = query.assignedTo;
			conditions.push(
				submission.or([
					submission('assigned_account_id', '=', accountId),
					...(officeId ? [submission('assigned_office_id', '=', officeId)] : []),
				]),
			);
		}
		// Each word must be somewhere: LIKE with its wildcards escaped, case folded (ASCII) both sides.
		for (const word of (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
			const pattern = `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
			const like = (text: Expression<unknown>) =>
				sql<SqlBool>`LOWER(${text}) LIKE ${pattern} ESCAPE '\\'`;
			conditions.push(
				submission.or([
					like(submission.ref('reference')),
					like(submission.fn.coalesce('contact_name', sql.lit(''))),
					like(submission.fn.coalesce('contact_email', sql.lit(''))),
					like(submission.cast('data', 'text')),
				]),
			);
		}
		return conditions.length ? submission.and(conditions) : sql<SqlBool>`1 = 1`;
	};

/** Urgency, the first term of the inbox's order: open with a due date, open, the rest. */
export const urgency = (submission: Submissions) =>
	submission
		.case()
		.when(submission.and([isOpen(submission), submission('due_at', 'is not', null)]))
		.then(0)
		.when(isOpen(submission))
		.then(1)
		.else(2)
		.end();

/** The second: the due date of the open ones (the nearest first). */
export const openDueAt = (submission: Submissions) =>
	submission.case().when(isOpen(submission)).then(submission.ref('due_at')).end();

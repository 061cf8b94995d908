/**
 * Submissions as rows and back: the mapping of the `submissions` and `submission_history`
 * columns, and the WHERE and ORDER BY of a submission query (src/lib/staff/'s inbox, the
 * synthesis, the reminder), in the SQL both dialects speak.
 */
import { dateColumn, jsonColumn, textColumn, type Row, type SqlValue } from '../server/sql.ts';
import type { HistoryEntry, Submission, SubmissionQuery } from './repository.ts';

export function toSubmission(row: Row): Submission {
	return {
		id: Number(row['id']),
		reference: String(row['reference']),
		kind: row['kind'] as Submission['kind'],
		locale: row['locale'] as Submission['locale'],
		status: row['status'] as Submission['status'],
		receivedAt: dateColumn(row['received_at']) ?? new Date(0),
		dueAt: dateColumn(row['due_at']),
		idempotencyKey: String(row['idempotency_key']),
		topic: textColumn(row['topic']),
		officeId: textColumn(row['office_id']),
		providerId: textColumn(row['provider_id']),
		page: textColumn(row['page']),
		contactName: textColumn(row['contact_name']),
		contactEmail: textColumn(row['contact_email']),
		contactPhone: textColumn(row['contact_phone']),
		data: jsonColumn(row['data']),
		clientHash: textColumn(row['client_hash']),
		notifiedAt: dateColumn(row['notified_at']),
		forwardedTo: textColumn(row['forwarded_to']),
		answer: textColumn(row['answer']),
		answeredAt: dateColumn(row['answered_at']),
		closedAt: dateColumn(row['closed_at']),
		assignedAccountId:
			row['assigned_account_id'] === null || row['assigned_account_id'] === undefined
				? undefined
				: Number(row['assigned_account_id']),
		assignedOfficeId: textColumn(row['assigned_office_id']),
		updatedAt: dateColumn(row['updated_at']) ?? new Date(0),
		anonymisedAt: dateColumn(row['anonymised_at']),
		source: (textColumn(row['source']) ?? 'web') as Submission['source'],
		datedAt: dateColumn(row['dated_at']),
		enteredBy: textColumn(row['entered_by']),
	};
}

export function toHistory(row: Row): HistoryEntry {
	return {
		id: Number(row['id']),
		submissionId: Number(row['submission_id']),
		at: dateColumn(row['at']) ?? new Date(0),
		actor: String(row['actor']),
		action: String(row['action']),
		detail: jsonColumn(row['detail']),
	};
}

/** To handle: complaints and suggestions not yet answered or closed. */
export const OPEN = "kind IN ('complaint', 'suggestion') AND status IN ('new', 'forwarded')";

/** WHERE clause and parameters of a submission query. */
export function where(query: SubmissionQuery): { clause: string; params: SqlValue[] } {
	const conditions: string[] = [];
	const params: SqlValue[] = [];
	const add = (condition: string, value: SqlValue) => {
		params.push(value);
		conditions.push(condition.replace('?', `$${params.length}`));
	};
	if (query.kind) add('kind = ?', query.kind);
	if (query.status) add('status = ?', query.status);
	if (query.officeId) add('office_id = ?', query.officeId);
	if (query.providerId) add('provider_id = ?', query.providerId);
	if (query.receivedFrom) add('received_at >= ?', query.receivedFrom);
	if (query.receivedBefore) add('received_at < ?', query.receivedBefore);
	if (query.datedFrom) add('COALESCE(dated_at, received_at) >= ?', query.datedFrom);
	if (query.datedBefore) add('COALESCE(dated_at, received_at) < ?', query.datedBefore);
	if (query.overdueAt) {
		add('due_at < ?', query.overdueAt);
		conditions.push("status IN ('new', 'forwarded')");
	}
	if (query.open) conditions.push(OPEN);
	if (query.assignedTo) {
		params.push(query.assignedTo.accountId);
		let mine = `assigned_account_id = $${params.length}`;
		if (query.assignedTo.officeId) {
			params.push(query.assignedTo.officeId);
			mine += ` OR assigned_office_id = $${params.length}`;
		}
		conditions.push(`(${mine})`);
	}
	// Each word must be somewhere: LIKE with its wildcards escaped, case folded (ASCII) both sides.
	for (const word of (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
		const pattern = `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
		params.push(pattern);
		const p = `$${params.length}`;
		conditions.push(
			`(LOWER(reference) LIKE ${p} ESCAPE '\\' OR LOWER(COALESCE(contact_name, '')) LIKE ${p} ESCAPE '\\'` +
				` OR LOWER(COALESCE(contact_email, '')) LIKE ${p} ESCAPE '\\' OR LOWER(CAST(data AS TEXT)) LIKE ${p} ESCAPE '\\')`,
		);
	}
	return { clause: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** ORDER BY of a submission query. */
export const ORDER: Record<NonNullable<SubmissionQuery['order']>, string> = {
	newest: 'received_at DESC, id DESC',
	urgency: `CASE WHEN ${OPEN} AND due_at IS NOT NULL THEN 0 WHEN ${OPEN} THEN 1 ELSE 2 END,
		CASE WHEN ${OPEN} THEN due_at END, received_at DESC, id DESC`,
};

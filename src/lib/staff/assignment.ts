/**
 * Who handles an item: a colleague (an active staff account) or an office, chosen on the item's
 * page; the history records each change with the assignee's name. "Assigned to me" in the inbox
 * finds what is assigned to the signed-in person, or to their office.
 */
import type { FeedbackRepository, Submission } from '../feedback/repository.ts';
import type { Named } from './server.ts';
import type { StaffAccount } from './store.ts';

export interface Assignment {
	accountId?: number | undefined;
	officeId?: string | undefined;
}

export interface AssigneeChoice {
	/** The select's value: `account:12`, `office:vialas`. */
	value: string;
	label: string;
}

/** The colleagues (active accounts, by name) and the offices an item can be assigned to. */
export function assigneeChoices(
	accounts: readonly StaffAccount[],
	offices: readonly Named[],
): { people: AssigneeChoice[]; offices: AssigneeChoice[] } {
	return {
		people: accounts
			.filter((account) => !account.deactivatedAt)
			.map((account) => ({ value: `account:${account.id}`, label: account.name ?? account.email }))
			.sort((a, b) => a.label.localeCompare(b.label, 'fr')),
		offices: offices.map((office) => ({ value: `office:${office.id}`, label: office.name })),
	};
}

/** The select's value of an item's assignment ('' when no one). */
export function assignmentValue(
	submission: Pick<Submission, 'assignedAccountId' | 'assignedOfficeId'>,
) {
	if (submission.assignedAccountId !== undefined) return `account:${submission.assignedAccountId}`;
	if (submission.assignedOfficeId !== undefined) return `office:${submission.assignedOfficeId}`;
	return '';
}

/** The name of whoever an item is assigned to, if anyone. */
export function assigneeName(
	submission: Pick<Submission, 'assignedAccountId' | 'assignedOfficeId'>,
	accounts: readonly StaffAccount[],
	offices: readonly Named[],
): string | undefined {
	const value = assignmentValue(submission);
	if (!value) return undefined;
	const { people, offices: places } = assigneeChoices(accounts, offices);
	const account = accounts.find((item) => item.id === submission.assignedAccountId);
	return (
		[...people, ...places].find((choice) => choice.value === value)?.label ??
		account?.name ??
		account?.email
	);
}

/** A posted assignee: one of the choices, or '' for no one; undefined when it is neither. */
export function parseAssignee(
	value: unknown,
	choices: ReturnType<typeof assigneeChoices>,
): { assignment: Assignment; label?: string | undefined } | undefined {
	if (value === '') return { assignment: {} };
	const choice = [...choices.people, ...choices.offices].find((item) => item.value === value);
	if (!choice) return undefined;
	const [kind, id = ''] = choice.value.split(/:(.*)/s);
	return {
		assignment: kind === 'account' ? { accountId: Number(id) } : { officeId: id },
		label: choice.label,
	};
}

/** Assigns `submission` as posted, by `actor` at `at`; nothing is recorded when it is unchanged. */
export async function assign(
	repository: FeedbackRepository,
	submission: Submission,
	posted: { assignment: Assignment; label?: string | undefined },
	actor: string,
	at: Date,
): Promise<void> {
	if (
		posted.assignment.accountId === submission.assignedAccountId &&
		posted.assignment.officeId === submission.assignedOfficeId
	)
		return;
	await repository.assign(submission.id, posted.assignment, {
		at,
		actor,
		detail: { to: posted.label ?? null },
	});
}

/**
 * The fields of each form, without their rules (./schemas.ts): small enough for the forms' script
 * to carry before it loads the schemas.
 */
import type { FeedbackKind } from './choices.ts';

/** The fields of each form, in order: the forms render them, the server accepts only these. */
export const FORM_FIELDS: Record<FeedbackKind, readonly string[]> = {
	suggestion: ['topic', 'providerId', 'page', 'message', 'name', 'email'],
	complaint: [
		'subject',
		'officeId',
		'providerId',
		'eventName',
		'factsDate',
		'description',
		'expectation',
		'name',
		'email',
		'phone',
		'consent',
	],
	questionnaire: [
		'officeId',
		'visitDate',
		'heardFrom',
		'welcome',
		'information',
		'openingHours',
		'waitingTime',
		'documentation',
		'shop',
		'wifi',
		'overall',
		'recommend',
		'country',
		'departement',
		'groupType',
		'groupSize',
		'comment',
	],
};

/**
 * The fields of each form, without their rules (./schemas.ts): small enough for the forms' script
 * to carry before it loads the schemas.
 */
import { BROCHURE_CONTENTS, brochureField } from '../brochures/contents.ts';
import type { FeedbackKind } from './choices.ts';

/** The paper-brochure request's boxes, one per brochure. */
export const BROCHURE_FIELDS = BROCHURE_CONTENTS.map(brochureField);

/** The box that carries "tick at least one brochure": the first one. */
export const BROCHURES_PROBLEM_FIELD = brochureField(BROCHURE_CONTENTS[0]);

/** Fields that hold a postal address: erased with the name and e-mail by the retention purge. */
export const POSTAL_ADDRESS_FIELDS = ['street', 'addressLine2', 'postalCode', 'city'] as const;

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
	brochureRequest: [
		...BROCHURE_FIELDS,
		'language',
		'name',
		'street',
		'addressLine2',
		'postalCode',
		'city',
		'country',
		'email',
	],
};

/**
 * The forms' inline validation: the server's schemas (and zod), in a chunk of its own that
 * <feedback-form> loads on the first interaction.
 */
import type { FeedbackChoices, FeedbackKind } from '../../lib/feedback/choices';
import { validate, type Validation } from '../../lib/server/errors';
import { schemaFor } from '../../lib/feedback/schemas';

export const validateForm = (
	kind: FeedbackKind,
	choices: FeedbackChoices,
	values: Record<string, string>,
): Validation<unknown> => validate(schemaFor(kind, choices, new Date()), values);

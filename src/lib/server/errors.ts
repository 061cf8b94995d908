/**
 * Turns a schema's verdict into what a visitor reads: one message per field, as a dictionary key
 * and its placeholder values, so the browser and the server say the same thing in either language.
 */
import type { z } from 'astro/zod';

/** A field's problem: a `feedback.error.*` dictionary key and the values of its placeholders. */
export interface FieldProblem {
	key: string;
	values?: Record<string, string | number>;
}

export type Validation<T> =
	| { ok: true; data: T }
	| { ok: false; fields: Record<string, FieldProblem>; unknownFields: string[] };

function problemOf(issue: z.core.$ZodIssue): FieldProblem {
	if (issue.message.startsWith('feedback.error.')) return { key: issue.message };
	switch (issue.code) {
		case 'too_big':
			return { key: 'feedback.error.tooLong', values: { max: Number(issue.maximum) } };
		case 'too_small':
			return Number(issue.minimum) <= 1
				? { key: 'feedback.error.required' }
				: { key: 'feedback.error.tooShort', values: { min: Number(issue.minimum) } };
		case 'invalid_type':
			// After cleaning, an empty field is `undefined`: the visitor left it blank.
			return issue.input === undefined
				? { key: 'feedback.error.required' }
				: { key: 'feedback.error.type' };
		default:
			return { key: 'feedback.error.invalid' };
	}
}

/**
 * Validates a form's fields: the data, or a problem per field (the first issue of each, as
 * `problem` words it) and the names of unknown fields.
 */
export function validate<S extends z.ZodType>(
	schema: S,
	input: unknown,
	problem: (issue: z.core.$ZodIssue) => FieldProblem = problemOf,
): Validation<z.output<S>> {
	const result = schema.safeParse(input, { reportInput: true });
	if (result.success) return { ok: true, data: result.data };
	const fields: Record<string, FieldProblem> = {};
	const unknownFields: string[] = [];
	for (const issue of result.error.issues) {
		if (issue.code === 'unrecognized_keys') {
			unknownFields.push(...issue.keys);
			continue;
		}
		const field = String(issue.path[0] ?? '');
		fields[field] ??= problem(issue);
	}
	return { ok: false, fields, unknownFields };
}

import { stringify } from 'devalue';
import { describe, expect, it } from 'vitest';
import { actionData } from '../../../../src/lib/http/action-data';

describe('actionData', () => {
	it('reads the flat objects the forms’ actions return, as Astro serialises them', () => {
		const answer = { reference: 'SUG-2026-ABCDEF', created: true };
		expect(actionData(stringify(answer))).toEqual(answer);
		expect(actionData(stringify({ reference: 'REC-2026-XYZ123', created: false }))).toEqual({
			reference: 'REC-2026-XYZ123',
			created: false,
		});
	});
});

import { describe, expect, it } from 'vitest';
import { typeset } from '../../../src/lib/typography';

describe('typeset', () => {
	it('keeps French colons, semicolons, question and exclamation marks with their word', () => {
		expect(typeset('Le village : un pont ; une tour ! Vraiment ?', 'fr')).toBe(
			'Le village\u202F: un pont\u202F; une tour\u202F! Vraiment\u202F?',
		);
	});

	it('keeps French quotation marks with their words', () => {
		expect(typeset('ces « Camisards » tiendront', 'fr')).toBe(
			'ces «\u202FCamisards\u202F» tiendront',
		);
	});

	it('leaves English alone', () => {
		expect(typeset('Note: see below', 'en')).toBe('Note: see below');
	});
});

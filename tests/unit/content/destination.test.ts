/**
 * The destination content as a whole: enough experiences, every theme page showing entries of
 * at least two kinds, every sector with villages and an office, and no id that would collide
 * with a fixed address under /decouvrir/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const contentDir = new URL('../../../content/', import.meta.url);

function entries<T>(folder: string): { id: string; data: T }[] {
	return readdirSync(new URL(`${folder}/`, contentDir))
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => ({
			id: basename(file, '.yaml'),
			data: parse(readFileSync(new URL(`${folder}/${file}`, contentDir), 'utf8')) as T,
		}));
}

const themes = entries<object>('themes');
const sectors = entries<{ themes?: string[] }>('sectors');
const villages = entries<{ sector: string; themes?: string[] }>('villages');
const offices = entries<{ village: string }>('offices');
const experiences = entries<{ themes: string[]; sector: string; villages?: string[] }>(
	'experiences',
);

describe('experiences', () => {
	it('are at least eight', () => {
		expect(experiences.length).toBeGreaterThanOrEqual(8);
	});
});

describe.each(themes)('theme $id', ({ id }) => {
	it('lists entries of at least two kinds', () => {
		const kinds = [
			experiences.some((entry) => entry.data.themes.includes(id)) && 'experiences',
			sectors.some((entry) => entry.data.themes?.includes(id)) && 'sectors',
			villages.some((entry) => entry.data.themes?.includes(id)) && 'villages',
		].filter(Boolean);
		expect(
			kinds.length,
			`theme ${id} only lists ${kinds.join(', ') || 'nothing'}`,
		).toBeGreaterThanOrEqual(2);
	});
});

describe.each(sectors)('sector $id', ({ id }) => {
	it('has villages and at least one information office', () => {
		const sectorVillages = villages
			.filter((village) => village.data.sector === id)
			.map((village) => village.id);
		expect(sectorVillages.length).toBeGreaterThan(0);
		expect(offices.some((office) => sectorVillages.includes(office.data.village))).toBe(true);
	});

	it('does not take the address of a fixed page under /decouvrir/', () => {
		expect(['villages', 'envies', 'experiences', 'themes']).not.toContain(id);
	});
});

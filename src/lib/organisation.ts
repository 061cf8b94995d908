import { z } from 'astro/zod';
import raw from '../../content/organisation.json';
import { OrganisationSchema } from '../schemas/organisation';

const { $comment: _comment, ...facts } = raw;

function parseOrganisation() {
	const result = OrganisationSchema.safeParse(facts);
	if (!result.success) {
		throw new Error(`content/organisation.json is invalid:\n${z.prettifyError(result.error)}`);
	}
	return result.data;
}

/** The office's facts from content/organisation.json, validated once. */
export const organisation = parseOrganisation();

/** The latest member count and its year. */
export function latestMemberCount(): { year: string; count: number } {
	const [year = '', count = 0] =
		Object.entries(organisation.members).sort(([a], [b]) => b.localeCompare(a))[0] ?? [];
	return { year, count };
}

/**
 * What the office still has to fill in before the real site goes online: the settings the quality
 * manual does not give and that the site shows no invented value for. A SAMPLE_DATA=off build
 * prints one warning per setting (src/integrations/unfilled-settings.ts); the README lists them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The settings of content/organisation.json the legal notice needs. */
interface OrganisationSettings {
	publicationDirector?: string;
	host?: { name?: string; address?: string };
}

/** One line per setting still empty: the file, the field and what it is for. */
export function unfilledSettings(
	organisation: OrganisationSettings,
	offices: { id: string; hoursConfirmed?: unknown }[],
): string[] {
	const file = 'content/organisation.json';
	const lines: string[] = [];
	if (!organisation.publicationDirector?.trim())
		lines.push(
			`${file}: publicationDirector: the name of the director of publication, for the legal notice`,
		);
	if (!organisation.host?.name?.trim())
		lines.push(`${file}: host.name: the site's host, for the legal notice`);
	if (!organisation.host?.address?.trim())
		lines.push(`${file}: host.address: the host's full postal address, for the legal notice`);
	for (const office of offices)
		if (office.hoursConfirmed !== true)
			lines.push(
				`content/offices/${office.id}.yaml: hoursConfirmed: the office's own opening hours, confirmed (until then: "horaires à confirmer" and the phone number)`,
			);
	return lines;
}

/** The offices' files, as unfilledSettings reads them. */
export function readOfficeSettings(folder: string): { id: string; hoursConfirmed?: unknown }[] {
	return readdirSync(folder)
		.filter((file) => /\.ya?ml$/.test(file))
		.sort()
		.map((file) => ({
			id: file.replace(/\.ya?ml$/, ''),
			...((parse(readFileSync(join(folder, file), 'utf8')) ?? {}) as { hoursConfirmed?: unknown }),
		}));
}

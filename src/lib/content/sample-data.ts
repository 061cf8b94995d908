/**
 * The sample-data switch. The project ships fictional content — members, events, drawn hikes, shop
 * products, village services and walks, office hours — so that the site can be shown before the
 * office's own data arrives. `SAMPLE_DATA=off` at build time leaves every sample entry out, for the
 * real site; unset or `on`, the build is a demonstration and marks every sample entry "Exemple".
 *
 * The loaders read the switch here (content.config.ts); pages read the same variable through
 * `astro:env/server` (astro.config.mjs), which writes its build-time value into the server bundle.
 */

/** The two values SAMPLE_DATA takes; anything else stops the build. */
export const SAMPLE_DATA_VALUES = ['on', 'off'] as const;
export type SampleDataMode = (typeof SAMPLE_DATA_VALUES)[number];

/** The mode a SAMPLE_DATA value asks for: `on` when unset or empty. */
export function sampleDataMode(value: string | undefined): SampleDataMode {
	const mode = (value ?? '').trim().toLowerCase() || 'on';
	if (!(SAMPLE_DATA_VALUES as readonly string[]).includes(mode))
		throw new Error(`SAMPLE_DATA must be "on" or "off" (got "${value}")`);
	return mode as SampleDataMode;
}

/** What to do with one loaded entry's data: keep it, keep a version without its sample parts, or drop it. */
export type SampleRule = (data: Record<string, unknown>) => Record<string, unknown> | undefined;

/** Entries that are wholly sample (`sample: true`) are left out. */
export const dropSampleEntries: SampleRule = (data) => (data['sample'] === true ? undefined : data);

/** A village keeps its real facts; its sample shops and services and its sample walk go. */
export const withoutSampleVillageParts: SampleRule = (data) => {
	const walk = data['walk'] as { sample?: boolean } | undefined;
	const servicesAreSample = data['servicesAreSample'] === true;
	if (!servicesAreSample && walk?.sample !== true) return data;
	const kept = { ...data };
	if (servicesAreSample) {
		kept['services'] = [];
		kept['servicesAreSample'] = false;
	}
	if (walk?.sample === true) delete kept['walk'];
	return kept;
};

/** An office keeps its address and phone; sample opening hours go, so it shows "hours to be confirmed". */
export const withoutSampleOfficeHours: SampleRule = (data) =>
	data['hoursAreSample'] === true ? { ...data, seasons: [], hoursAreSample: false } : data;

/**
 * A Geotrek trek in steps (its `children`) as an itinerary like the Chemin de Stevenson's: the
 * parent's name and texts, its steps as the stage hikes in walking order. Only the steps that are
 * hikes of the site count (a step outside the territory or without geometry is left out, with a
 * warning); with fewer than two, the trek stays a hike of its own. Pure.
 */
import { entryIdFor } from '../datatourisme/map-provider';
import { plainText, summaryOf } from '../datatourisme/text';
import type { Trek, TrekMapping, TrekProblem } from './map-trek';

export interface GeotrekItinerary {
	/** The parent trek's entry id, as a hike would have had. */
	id: string;
	sourceId: string;
	data: Record<string, unknown>;
	warnings: TrekProblem[];
}

const text = (value: string | null | undefined) =>
	typeof value === 'string' ? plainText(value).trim() : '';

/** French and English of a translated field; English falls back to French. */
function bilingual(field: Trek['name']): { fr: string; en: string } | undefined {
	const fr = text(field?.['fr']);
	if (!fr) return undefined;
	return { fr, en: text(field?.['en']) || fr };
}

/**
 * The itineraries among the treks: `mapped` gives each trek's mapping by uuid (the hikes the
 * site has). A trek's steps that are not hikes are left out with a warning.
 */
export function itinerariesOf(
	treks: Trek[],
	mapped: (uuid: string) => TrekMapping | undefined,
): GeotrekItinerary[] {
	return treks.flatMap((trek) => {
		const children = trek.children ?? [];
		if (children.length === 0 || !trek.uuid) return [];
		const title = bilingual(trek.name);
		if (!title) return [];
		const warnings: TrekProblem[] = [];
		const stages = children.flatMap((uuid) => {
			const mapping = mapped(uuid);
			if (mapping?.ok) return [mapping.id];
			warnings.push({
				field: 'children',
				reason: `step ${uuid} is not a hike of the site (${
					mapping && !mapping.ok
						? mapping.problems.map((problem) => problem.reason).join('; ')
						: 'not in Geotrek’s answer'
				}): left out of the itinerary`,
			});
			return [];
		});
		if (stages.length < 2) return [];
		const description = bilingual(trek.ambiance) ?? bilingual(trek.description);
		const summary = bilingual(trek.description_teaser) ?? {
			fr: summaryOf(description?.fr ?? title.fr),
			en: summaryOf(description?.en ?? title.en),
		};
		return [
			{
				id: entryIdFor(trek.uuid, title.fr),
				sourceId: trek.uuid,
				data: {
					title,
					summary,
					description: description ?? summary,
					stages,
					sample: false,
				},
				warnings,
			},
		];
	});
}

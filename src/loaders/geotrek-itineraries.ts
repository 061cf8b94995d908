/**
 * The itineraries collection: the office's YAML files (the Chemin de Stevenson), and Geotrek's
 * treks in steps (src/lib/geotrek/itinerary.ts), each an itinerary of its stage hikes. An
 * itinerary that cannot be shown is left out with a warning naming it; the build goes on.
 */
import type { Loader } from 'astro/loaders';
import { problemsOfSchemaError } from '../lib/datatourisme/sync';
import { geotrekTreks, type GeotrekOptions } from './geotrek';

export function withGeotrekItineraries(inner: Loader, options: GeotrekOptions): Loader {
	return {
		...inner,
		name: `${inner.name}+geotrek`,
		load: async (context) => {
			await inner.load(context);
			const found = await geotrekTreks(context, options);
			for (const itinerary of found?.itineraries ?? []) {
				if (context.store.has(itinerary.id)) {
					context.logger.warn(
						`Geotrek trek ${itinerary.sourceId}: its itinerary address "${itinerary.id}" is already taken; left out`,
					);
					continue;
				}
				try {
					const data = await context.parseData({ id: itinerary.id, data: itinerary.data });
					context.store.set({
						id: itinerary.id,
						data,
						digest: context.generateDigest(JSON.stringify(itinerary.data)),
					});
				} catch (error) {
					const reasons = problemsOfSchemaError(error).map(
						(problem) => `${problem.field}: ${problem.reason}`,
					);
					context.logger.warn(
						`Geotrek trek ${itinerary.sourceId}: its itinerary is left out (${reasons.join('; ')})`,
					);
				}
			}
		},
	};
}

import { z } from 'astro/zod';
import { existingReference } from './reference';
import {
	GeoPointSchema,
	PhoneSchema,
	SampleFlagSchema,
	TextSchema,
	TranslatedTextSchema,
} from './shared';

/** The site's provider categories (DATAtourisme classes are mapped onto them). */
export const PROVIDER_CATEGORIES = [
	'accommodation',
	'restaurant',
	'activity',
	'producer',
	'shop',
] as const;

/** Kinds of accommodation, as visitors look for them. */
export const ACCOMMODATION_TYPES = ['hotel', 'guesthouse', 'hostel', 'rental', 'campsite'] as const;

/** A member business: accommodation, restaurant, activity provider, producer or shop. */
export const ProviderSchema = z.object({
	/** The business's name (a proper name, the same in both languages). */
	name: TextSchema,
	/** Its category on the site. */
	category: z.enum(PROVIDER_CATEGORIES),
	/** For accommodation: its kind. */
	accommodationType: z.enum(ACCOMMODATION_TYPES).optional(),
	/** The village it is in. */
	village: existingReference('villages'),
	/** Where it is. */
	location: GeoPointSchema,
	/** What a visitor gets there. */
	description: TranslatedTextSchema,
	/** Phone number. */
	phone: PhoneSchema.optional(),
	/** E-mail address. */
	email: z.email({ error: 'must be an e-mail address' }).optional(),
	/** Website. */
	website: z.url({ error: 'must be a web address' }).optional(),
	/** Quality labels and classifications (e.g. "Gîtes de France 3 épis", "Esprit Parc national"). */
	labels: z.array(TextSchema).default([]),
	/** Maximum number of guests, for accommodation. */
	capacity: z.number().int().positive().optional(),
	/** Whether pets are welcome. */
	petsAllowed: z.boolean().optional(),
	/** The DATAtourisme identifier of the object this entry comes from. */
	sourceId: z.string().optional(),
	/** True for sample data, until the office's feed replaces it. */
	sample: SampleFlagSchema,
});

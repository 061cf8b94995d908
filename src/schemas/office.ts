import { z } from 'astro/zod';
import { existingReference } from './reference';
import {
	AddressSchema,
	GeoPointSchema,
	PhoneSchema,
	SampleFlagSchema,
	SeasonsSchema,
	TextSchema,
	TranslatedTextSchema,
} from './shared';

/** What an office offers visitors besides advice. */
export const OFFICE_SERVICES = [
	'wifi',
	'shop',
	'documentation',
	'kiosk24',
	'events-programme',
] as const;

/** A tourist information office (bureau d'information touristique). */
export const OfficeSchema = z
	.object({
		/** The office's name: the village it stands in. */
		name: TextSchema,
		/** The office's full title in each language ("Bureau d'information du Pont-de-Montvert"). */
		title: TranslatedTextSchema,
		/** The village it stands in. */
		village: existingReference('villages'),
		/** Whether this is the office's head office (siège). */
		headOffice: z.boolean().default(false),
		/** Postal address. */
		address: AddressSchema,
		/** Where the office is; must be within 300 m of its village centre. */
		location: GeoPointSchema,
		/** Phone number (the office's single number). */
		phone: PhoneSchema,
		/** E-mail address. */
		email: z.email({ error: 'must be an e-mail address' }),
		/** Services on site. */
		services: z.array(z.enum(OFFICE_SERVICES)),
		/** A few lines on the office and what to ask there. */
		summary: TranslatedTextSchema,
		/** What its shop sells. */
		shop: TranslatedTextSchema,
		/** Visitors received in 2019 (quality manual). */
		visitors2019: z.number().int().nonnegative(),
		/** Visitors per hour in July–August (quality manual). */
		visitorsPerHourSummer: z.number().nonnegative(),
		/** Seasonal opening hours. */
		seasons: SeasonsSchema,
		/** True while the opening hours are sample data, not the office's own. */
		hoursAreSample: SampleFlagSchema,
		/**
		 * True once the office has confirmed these hours: only then does the site say whether the
		 * office is open now. Until then it shows "hours to be confirmed" and the phone number.
		 */
		hoursConfirmed: z.boolean().default(false),
		/** Position in lists. */
		order: z.number().int(),
	})
	.superRefine((office, context) => {
		if (office.hoursConfirmed && office.hoursAreSample)
			context.addIssue({
				code: 'custom',
				path: ['hoursConfirmed'],
				message:
					'sample hours cannot be confirmed: set hoursAreSample to false with the real hours',
			});
		if (office.hoursConfirmed && office.seasons.length === 0)
			context.addIssue({
				code: 'custom',
				path: ['hoursConfirmed'],
				message: 'there are no seasons to confirm: give the opening hours first',
			});
	});

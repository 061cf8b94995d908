import { z } from 'astro/zod';
import { PhoneSchema, TextSchema } from './shared';

/** The tourist office as an organisation: the facts every page's footer and structured data use. */
export const OrganisationSchema = z
	.object({
		/** Full name. */
		name: TextSchema,
		/** Short name for tight spaces (the header). */
		shortName: TextSchema,
		/** The single phone number of all offices. */
		phone: PhoneSchema,
		/** The contact e-mail address. */
		email: z.email({ error: 'must be an e-mail address' }),
		/** Id of the head office in the offices collection. */
		headOffice: TextSchema,
		/** Member businesses per year (quality manual). */
		members: z.record(z.string().regex(/^\d{4}$/), z.number().int().positive()),
		/** Social accounts. */
		social: z.object({ facebook: z.url(), instagram: z.url() }),
		/** The publisher's legal form, for the legal notice. */
		legalForm: TextSchema,
		/**
		 * The director of publication's name, for the legal notice: set by the office (the quality
		 * manual gives none). Empty until then, and a SAMPLE_DATA=off build warns.
		 */
		publicationDirector: z.string().trim().default(''),
		/** The site's host, for the legal notice: its name, full postal address and website. */
		host: z
			.object({
				name: z.string().trim().default(''),
				address: z.string().trim().default(''),
				website: z.union([z.url(), z.literal('')]).default(''),
			})
			.default({ name: '', address: '', website: '' }),
	})
	.strict();

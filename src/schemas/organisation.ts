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
	})
	.strict();

/**
 * A photo from an outside source — a member's photo in the DATAtourisme feed, a hike's photo in
 * Geotrek's `attachments` — as every collection stores it: the file's address and what must be
 * shown with it. The build downloads the file into its photo cache (src/lib/photos/) and the
 * site serves its own resized copies (never the source's address); a photo that cannot be
 * downloaded is left out with a warning in the feed report, and the entry keeps its drawing.
 */
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { TextSchema } from './shared';

/** The caption of a photo, in the languages the source gives. */
export const PhotoCaptionSchema = z.object({
	/** French caption. */
	fr: TextSchema.optional(),
	/** English caption. */
	en: TextSchema.optional(),
});

export const RemotePhotoSchema = z.object({
	/** The file's address at the source (http or https). */
	url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
	/** Who took it or owns it ("© Jean Dupont", "Gîtes de France"): shown under the photo. */
	credit: TextSchema.optional(),
	/** Its licence, when the source states one ("CC BY-SA 4.0"): shown with the credit. */
	license: TextSchema.optional(),
	/** What it shows, per language: its text alternative when given. */
	caption: PhotoCaptionSchema.optional(),
	/** Its width and height in pixels, as the source states them (checked on download). */
	width: z.number().int().positive().optional(),
	height: z.number().int().positive().optional(),
});

export type RemotePhoto = z.output<typeof RemotePhotoSchema>;

/** Astro's `image()` helper, which a collection's schema function receives. */
type ImageHelper = SchemaContext['image'];

/**
 * A photo the build downloaded (src/lib/remote-photos/attach.ts): the cached file, which
 * `image()` turns into an image of Astro's image service, with the source's credits.
 */
export const servedPhotoSchema = (image: ImageHelper) =>
	z.object({
		/** The cached file, relative to the entry's source file. */
		src: image(),
		/** Its real width and height in pixels, read from the file. */
		width: z.number().int().positive(),
		height: z.number().int().positive(),
		credit: TextSchema.optional(),
		license: TextSchema.optional(),
		caption: PhotoCaptionSchema.optional(),
	});

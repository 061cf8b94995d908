/**
 * The drawn illustrations stand in for the office's photos on many pages (sectors, villages,
 * themes, experiences), fewer drawings than places: each place sharing a drawing gets its own
 * variant of it — mirrored or not, in another light — so that one picture never stands for two
 * places while a drawing serves at most VARIANTS.length of them.
 */

/** The light a variant is drawn in: a tint over the drawing. */
export type IllustrationLight = 'day' | 'dawn' | 'dusk' | 'mist' | 'evening';

export interface IllustrationVariant {
	mirrored: boolean;
	light: IllustrationLight;
}

const LIGHTS: readonly IllustrationLight[] = ['day', 'dusk', 'mist', 'dawn', 'evening'];

/** The variants in the order places receive them: the drawing as drawn first. */
export const VARIANTS: readonly IllustrationVariant[] = [false, true].flatMap((mirrored) =>
	LIGHTS.map((light, index) => ({ mirrored: index % 2 === 1 ? !mirrored : mirrored, light })),
);

/**
 * The variant of each place ("collection/id"), by the order of the places that share its drawing
 * (sorted by key, so that a new place changes as few others as possible); beyond VARIANTS.length
 * places, variants repeat.
 */
export function variantsOf(
	places: readonly { key: string; illustration: string }[],
): Map<string, IllustrationVariant> {
	const byDrawing = new Map<string, string[]>();
	for (const { key, illustration } of places) {
		byDrawing.set(illustration, [...(byDrawing.get(illustration) ?? []), key]);
	}
	const variants = new Map<string, IllustrationVariant>();
	for (const keys of byDrawing.values()) {
		keys.sort().forEach((key, index) => variants.set(key, VARIANTS[index % VARIANTS.length]!));
	}
	return variants;
}

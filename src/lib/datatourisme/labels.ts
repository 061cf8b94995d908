/** Labels, graded classifications (stars, épis) and Tourisme & Handicap families of an object. */
import { feedText, firstNode, idOf, nodesOf, type Node } from './jsonld';
import type { FeedText } from './mapping';
import { slugify } from './identity';
import {
	ACCESSIBILITY_VALUES,
	ACCESSIBILITY_WORDS,
	KNOWN_LABELS,
	localName,
	SCALES,
	type AccessibilityFamily,
} from './vocabulary';

export interface Label {
	code: string;
	name: FeedText;
	level?: number;
}

/** Labels, graded classifications and Tourisme & Handicap families from `hasReview`. */
export function labelsOf(object: Node): { labels: Label[]; accessibility: AccessibilityFamily[] } {
	const labels = new Map<string, Label>();
	const accessibility = new Set<AccessibilityFamily>();
	const levels = new Map<string, { level: number; name: FeedText }>();
	for (const review of nodesOf(object, 'hasReview')) {
		const value = firstNode(review, 'hasReviewValue');
		const valueId = localName(idOf(value) ?? '');
		const name = feedText(value?.['rdfs:label']) ?? (valueId ? { fr: valueId } : undefined);
		if (!name) continue;
		const scale = SCALES.find((candidate) => candidate.pattern.test(valueId));
		if (scale) {
			const level = Number(valueId.match(scale.pattern)?.[1]);
			levels.set(scale.code, { level, name });
			continue;
		}
		const known = KNOWN_LABELS.find(
			(label) => label.values.includes(valueId) || label.words.test(name.fr),
		);
		const code = known?.code ?? slugify(valueId.replace(/^LabelRating_/, '') || name.fr);
		const family =
			ACCESSIBILITY_VALUES[valueId] ??
			(known?.code === 'tourisme-handicap'
				? ACCESSIBILITY_WORDS.find(([, words]) => words.test(name.fr))?.[0]
				: undefined);
		if (family) accessibility.add(family);
		if (!labels.has(code)) {
			// A Tourisme & Handicap pictogram names one family; the label itself is named once.
			labels.set(
				code,
				code === 'tourisme-handicap'
					? { code, name: { fr: 'Tourisme & Handicap', en: 'Tourisme & Handicap' } }
					: { code, name },
			);
		}
	}
	for (const [code, { level, name }] of levels) {
		const label = labels.get(code);
		if (label) label.level = level;
		else if (code === 'stars') labels.set(code, { code, name, level });
		else labels.set(code, { code, name: KNOWN_NAMES[code] ?? name, level });
	}
	return { labels: [...labels.values()], accessibility: [...accessibility] };
}

/** Names of graded labels when the feed has a level (`2 épis`) but not the label itself. */
const KNOWN_NAMES: Record<string, FeedText> = {
	'gites-de-france': { fr: 'Gîtes de France', en: 'Gîtes de France' },
	clevacances: { fr: 'Clévacances', en: 'Clévacances' },
};

/** The photos of an object, with their credits, licences, captions and sizes. */
import {
	feedText,
	firstNode,
	firstString,
	nodesOf,
	numberOf,
	stringsOf,
	type Node,
} from './jsonld';
import type { FeedText } from './mapping';

/** A photo as src/schemas/photo.ts stores it (the one shape of every outside source's photos). */
export interface Image {
	url: string;
	credit?: string;
	license?: string;
	caption?: FeedText;
	width?: number;
	height?: number;
}

/** How many photos an entry keeps (the feed may list forty). */
const MAX_IMAGES = 12;

/** A pixel count as the feed writes it ("1334", or a number), if it is a positive integer. */
function pixels(value: unknown): number | undefined {
	const number = numberOf(value);
	return number !== undefined && Number.isInteger(number) && number > 0 ? number : undefined;
}

/** Photos: the main representation first, then the others, with their credits. */
export function imagesOf(object: Node): Image[] {
	const images: Image[] = [];
	for (const representation of [
		...nodesOf(object, 'hasMainRepresentation'),
		...nodesOf(object, 'hasRepresentation'),
	]) {
		const resource = firstNode(representation, 'ebucore:hasRelatedResource');
		const url = firstString(resource?.['ebucore:locator']);
		if (!url || !/^https?:\/\//i.test(url) || images.some((image) => image.url === url)) continue;
		const annotation = firstNode(representation, 'ebucore:hasAnnotation');
		const image: Image = { url };
		const credit = stringsOf(annotation?.['credits']).join(', ');
		if (credit) image.credit = credit;
		const license = firstString(annotation?.['ebucore:isCoveredBy']);
		if (license) image.license = license;
		// Not `ebucore:title`: the feeds put the file's name there ("Via ferrata 2 (1)_9").
		const caption = feedText(annotation?.['ebucore:comments']);
		if (caption) image.caption = caption;
		const width = pixels(resource?.['ebucore:width']);
		const height = pixels(resource?.['ebucore:height']);
		if (width && height) Object.assign(image, { width, height });
		images.push(image);
		if (images.length === MAX_IMAGES) break;
	}
	return images;
}

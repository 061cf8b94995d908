/**
 * What kind of image a file is, read from its first bytes — never from its address's extension
 * or the server's Content-Type, which an HTML error page named `.jpg` would pass.
 */

/** The formats the site accepts from outside sources. */
export type PhotoFormat = 'jpeg' | 'png' | 'webp';

/** The file extension the cache gives each format. */
export const EXTENSIONS: Record<PhotoFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, signature: number[], at = 0): boolean =>
	bytes.length >= at + signature.length &&
	signature.every((byte, index) => bytes[at + index] === byte);

const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));

/** The format of a file from its magic bytes, or undefined when it is none of JPEG, PNG, WebP. */
export function sniffFormat(bytes: Uint8Array): PhotoFormat | undefined {
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
	if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
	return undefined;
}

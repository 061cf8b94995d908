/**
 * Draws the app's icons (manifest, home screen) from the site's logo, public/favicon.svg, into
 * public/icons/. Run after changing the logo: `npx node scripts/pwa/icons.ts`; the PNGs are
 * committed, so the build needs no image step for them.
 *
 * - icon-192.png, icon-512.png: the round logo on a transparent square ("any");
 * - maskable-512.png: the logo inside the central 80 % safe zone, on the logo's forest green,
 *   so that any mask shape (circle, squircle) keeps it whole;
 * - apple-touch-icon.png (180 px): opaque, since iOS paints transparency black.
 * @see https://web.dev/articles/maskable-icon
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';

const LOGO = new URL('../../public/favicon.svg', import.meta.url);
const OUT = new URL('../../public/icons/', import.meta.url);
const FOREST = '#235c3b';

const svg = await readFile(LOGO);
const render = (size: number) =>
	sharp(svg, { density: (72 * size) / 48 })
		.resize(size, size)
		.png();

async function onBackground(size: number, logoShare: number, file: string) {
	const logo = Math.round(size * logoShare);
	const inner = await render(logo).toBuffer();
	await sharp({ create: { width: size, height: size, channels: 4, background: FOREST } })
		.composite([{ input: inner, gravity: 'centre' }])
		.png({ compressionLevel: 9 })
		.toFile(new URL(file, OUT).pathname);
}

for (const size of [192, 512]) {
	await render(size)
		.png({ compressionLevel: 9 })
		.toFile(new URL(`icon-${size}.png`, OUT).pathname);
}
// The logo is a disc: inside the maskable safe zone (a circle of 40 % radius) at 80 %.
await onBackground(512, 0.8, 'maskable-512.png');
await onBackground(180, 0.9, 'apple-touch-icon.png');
console.log('icons written to public/icons/');

/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Four projects: "unit" runs the plain TypeScript of src/ (through Astro's Vite config, so
 * `astro:content` and friends resolve), without any build; "builds" runs whole builds of copies of
 * the project (feeds, Geotrek, photos, invalid content) and checks what they give; "site" checks
 * the built site in dist/ (`npm run build` first); "real" checks the build without sample data
 * (`npm run test:real`).
 */
export default getViteConfig({
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				extends: true,
				test: {
					name: 'builds',
					include: ['tests/builds/**/*.test.ts'],
					environment: 'node',
					// Each file builds the site, which takes both cores: one file at a time.
					fileParallelism: false,
				},
			},
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					environment: 'node',
					// Files run side by side (Lighthouse beside the HTML validator): the Lighthouse gate
					// no longer measures performance, so it may share the cores.
					testTimeout: 30_000,
				},
			},
			{
				extends: true,
				test: {
					// The real site (SAMPLE_DATA=off), built into dist-real/ by `npm run test:real`.
					name: 'real',
					include: ['tests/real/**/*.test.ts'],
					environment: 'node',
					fileParallelism: false,
					testTimeout: 30_000,
				},
			},
		],
	},
});

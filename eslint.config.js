// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	globalIgnores([
		'dist/',
		'dist-real/',
		// The Netlify build's output (tests/tools/check-netlify-build.sh).
		'.netlify/',
		'.astro/',
		'test-results/',
		'playwright-report/',
		'reports/',
	]),
	js.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			globals: { ...globals.node },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
		rules: {
			// `const { $comment: _comment, ...facts } = raw` drops a key on purpose; a leading underscore
			// marks a binding that is unused by design.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{
					argsIgnorePattern: '^_',
					varsIgnorePattern: '^_',
					destructuredArrayIgnorePattern: '^_',
					ignoreRestSiblings: true,
				},
			],
		},
	},
	astro.configs.recommended,
	{
		files: ['**/*.astro'],
		languageOptions: {
			// astro-eslint-parser does not support the project service: it gets type information from
			// the tsconfig through `project` instead.
			// @see https://github.com/ota-meshi/eslint-plugin-astro/issues/447
			parserOptions: { projectService: false, project: true },
		},
		rules: {
			// Astro types template elements (`{list.map((item) => <li>…</li>)}`) loosely, so every
			// element returned from a callback reads as an unsafe value.
			// @see https://github.com/ota-meshi/eslint-plugin-astro/issues/168
			'@typescript-eslint/no-unsafe-return': 'off',
		},
	},
	{
		// The <script> blocks of .astro files are linted through virtual files that TypeScript cannot
		// see, so they get the untyped rules only.
		// @see https://github.com/ota-meshi/eslint-plugin-astro/issues/240
		files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
		extends: [tseslint.configs.disableTypeChecked],
		languageOptions: { globals: { ...globals.browser } },
	},
	// Formatting is Prettier's job (`npm run lint` runs `prettier --check`): no stylistic rules here.
	prettier,
);

/**
 * Every package the built server imports resolves from where it runs: run from a production
 * install (tests/tools/check-production-install.sh), it lists the bare imports of dist/server/'s
 * modules — chunks loaded only on demand included, such as the staff synthesis's PDF — that
 * `npm ci --omit=dev` did not install, and exits 1 when there are any.
 * Usage: node tests/tools/server-imports.ts DIST_SERVER_FOLDER
 * Runs under Node 24 directly (type stripping), so only erasable TypeScript syntax here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const folder = process.argv[2] ?? 'dist/server';
/** `import … from 'x'`, `export … from 'x'`, `import 'x'` and `import('x')`, for bare names. */
const IMPORTS = [
	/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"./][^'"]*)['"]/gm,
	/^\s*import\s*['"]([^'"./][^'"]*)['"]/gm,
	/\bimport\(\s*['"]([^'"./][^'"]*)['"]\s*\)/g,
];
const packageOf = (specifier: string) =>
	specifier
		.split('/')
		.slice(0, specifier.startsWith('@') ? 2 : 1)
		.join('/');

const packages = new Set<string>();
for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
	if (!file.endsWith('.mjs')) continue;
	const code = readFileSync(join(folder, file), 'utf8');
	for (const [, specifier = ''] of IMPORTS.flatMap((pattern) => [...code.matchAll(pattern)])) {
		// Node's own modules, and Astro's virtual ones, which the build has already replaced.
		if (specifier.startsWith('node:') || specifier.startsWith('astro:')) continue;
		packages.add(packageOf(specifier));
	}
}
/** Whether `name` is installed where Node looks from dist/server/: each node_modules/ upward. */
function installed(name: string): boolean {
	for (let dir = resolve(folder); ; dir = dirname(dir)) {
		if (existsSync(join(dir, 'node_modules', name, 'package.json'))) return true;
		if (dirname(dir) === dir) return false;
	}
}
const missing = [...packages].filter((name) => !installed(name));
if (missing.length > 0) {
	console.error(`The built server imports packages that are not installed: ${missing.join(', ')}`);
	process.exit(1);
}
console.log(
	`The built server imports ${packages.size} packages, all installed: ${[...packages].sort().join(', ')}`,
);

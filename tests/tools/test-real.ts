/**
 * `npm run test:real`: the real site, as the office deploys it. Builds with SAMPLE_DATA=off into
 * dist-real/ (beside dist/, which stays the demonstration), keeps the build's log there, then runs
 * the real site's checks (tests/real/) and the link and HTML gates on that build (BUILD_DIR).
 * It builds from a copy of the project (./project-copy.ts), whose Astro caches are its own: the
 * real site's content store never replaces the demonstration's, and CI can run this beside the
 * steps that sync the project.
 * Run by Node 24 directly (type stripping), so only erasable TypeScript syntax here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';
import { copyProject } from './project-copy.ts';

const BUILD_DIR = 'dist-real';
const env = { ...process.env, SAMPLE_DATA: 'off' };

console.log(`▶ SAMPLE_DATA=off astro build --outDir ${BUILD_DIR}`);
const copy = copyProject('real');
const build = spawnSync('npx', ['astro', 'build', '--outDir', join(ROOT, BUILD_DIR)], {
	cwd: copy,
	env,
	encoding: 'utf8',
	stdio: ['ignore', 'pipe', 'pipe'],
	maxBuffer: 64 * 1024 * 1024,
});
rmSync(copy, { recursive: true, force: true });
const log = `${build.stdout}${build.stderr}`;
process.stdout.write(log);
mkdirSync(BUILD_DIR, { recursive: true });
writeFileSync(join(BUILD_DIR, 'build.log'), log);
if (build.status !== 0) {
	console.error(`✘ the SAMPLE_DATA=off build failed (exit ${build.status ?? build.signal})`);
	process.exit(build.status ?? 1);
}

console.log('▶ the real site’s checks, links and HTML');
const checks = spawnSync(
	'npx',
	[
		'vitest',
		'run',
		'--project',
		'real',
		'--project',
		'site',
		'tests/real/',
		'tests/site/links.test.ts',
		'tests/site/html-validity.test.ts',
		...process.argv.slice(2),
	],
	{ env: { ...env, BUILD_DIR }, stdio: 'inherit' },
);
process.exit(checks.status ?? 1);

/**
 * The Netlify build, produced and checked without deploying (.ci/run): the adapter chosen by
 * DEPLOY_TARGET=netlify (astro.config.mjs), the static pages in dist/, and the function that holds
 * the on-demand routes (the feedback forms, their actions and /api/feedback/) in .netlify/.
 *
 * It builds a copy of the project (./project-copy.ts), with Astro caches of its own: the project's
 * dist/ stays the Node build that the other suites read, and CI can run this while they do.
 * Runs under Node 24 directly (type stripping), so only erasable TypeScript syntax here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project-copy.ts';

/** What is wrong with the Netlify build in `root`, or its function's path when nothing is. */
function checkBuild(root: string): { problem: string } | { entry: string } {
	const build = spawnSync('npx', ['astro', 'build'], {
		cwd: root,
		env: { ...process.env, DEPLOY_TARGET: 'netlify' },
		stdio: 'inherit',
	});
	if (build.status !== 0)
		return { problem: `the build failed (${build.signal ?? `exit ${build.status}`})` };
	if (!existsSync(join(root, 'dist/index.html'))) return { problem: 'no dist/index.html' };
	const functions = join(root, '.netlify/v1/functions');
	const entry = existsSync(functions)
		? readdirSync(functions, { recursive: true, encoding: 'utf8' }).find((file) =>
				file.endsWith('.mjs'),
			)
		: undefined;
	return entry ? { entry } : { problem: 'no function in .netlify/v1/functions' };
}

const root = copyProject('netlify');
let result: ReturnType<typeof checkBuild>;
try {
	result = checkBuild(root);
} finally {
	rmSync(root, { recursive: true, force: true });
}
if ('problem' in result) {
	console.error(`Netlify build: ${result.problem}`);
	process.exitCode = 1;
} else {
	console.log(
		`Netlify build: static site in dist/, function .netlify/v1/functions/${result.entry}`,
	);
}

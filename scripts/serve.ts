/**
 * `npm start` (after the build): serves the whole site — static pages and the on-demand feedback
 * routes — with the Node adapter's standalone server on 127.0.0.1:4321 (HOST and PORT change
 * it), settings from the environment and .env. It then opens the feedback function at once, so
 * that a wrong setting stops the start with a clear message rather than the first visitor's
 * submission, and mail left waiting by a previous run goes out.
 */
import { existsSync } from 'node:fs';

if (existsSync('.env')) process.loadEnvFile('.env');
process.env['HOST'] ??= '127.0.0.1';
process.env['PORT'] ??= '4321';
const origin = `http://${process.env['HOST']}:${process.env['PORT']}`;

// The server exists once `astro build` has run (a URL, so that type checking does not need it).
await import(new URL('../dist/server/entry.mjs', import.meta.url).href);

for (let attempt = 0; ; attempt++) {
	try {
		const response = await fetch(`${origin}/api/feedback/`);
		if (!response.ok) {
			console.error(
				`The feedback function could not start (HTTP ${response.status}): see the error above, and .env.example for the settings.`,
			);
			process.exit(1);
		}
		const { storage } = (await response.json()) as { storage: string };
		console.log(`\n  Site and feedback function (${storage}): ${origin}/\n`);
		break;
	} catch (error) {
		if (attempt > 50) throw error;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

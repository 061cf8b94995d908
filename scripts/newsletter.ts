/**
 * The newsletter's command, with the server's settings (environment variables, and .env when
 * present). Run by Node itself (type stripping): imports name their `.ts` files.
 *
 *   npm run newsletter:export [-- --output file.csv]
 *       writes the confirmed subscribers as CSV (UTF-8 with BOM: email, language, sectors,
 *       confirmed_at, unsubscribe_url) for the office's mailing tool; by default to
 *       reports/newsletter/subscribers-<date>.csv. Personal data: keep the file out of shared
 *       folders and delete it once imported.
 *
 * Unconfirmed sign-ups are purged by `npm run feedback:purge`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, resolveConfig } from '../src/lib/server/config.ts';
import { SqlRepository } from '../src/lib/feedback/sql-repository.ts';
import { openDatabase } from '../src/lib/server/database.ts';
import { newSecret } from '../src/lib/server/token.ts';
import { exportSubscribers } from '../src/lib/newsletter/export.ts';
import { NewsletterService } from '../src/lib/newsletter/service.ts';
import { NewsletterStore } from '../src/lib/newsletter/store.ts';

if (existsSync('.env')) process.loadEnvFile('.env');
const siteUrl = process.env['SITE_URL'] ?? 'https://www.cevennes-montlozere.com';

async function main(): Promise<void> {
	const { positionals, values } = parseArgs({
		allowPositionals: true,
		options: { output: { type: 'string', short: 'o' } },
	});
	if (positionals[0] !== 'export') {
		console.error('Usage: node scripts/newsletter.ts export [--output file.csv]');
		process.exitCode = 2;
		return;
	}
	const config = resolveConfig(process.env);
	const driver = await openDatabase(config);
	const repository = new SqlRepository(driver);
	try {
		const secret = config.secret ?? (await repository.setting('feedback.secret', newSecret));
		const store = new NewsletterStore(driver);
		const service = new NewsletterService({
			store,
			rateLimits: repository,
			config,
			secret,
			sectors: [],
			siteUrl,
		});
		const { csv, count } = await exportSubscribers(store, {
			unsubscribeUrl: (subscriber) => service.unsubscribeUrl(subscriber),
		});
		const output =
			values.output ??
			`reports/newsletter/subscribers-${new Date().toISOString().slice(0, 10)}.csv`;
		mkdirSync(dirname(output), { recursive: true });
		writeFileSync(output, csv, { mode: 0o600 });
		const where = config.databaseUrl
			? 'PostgreSQL (DATABASE_URL)'
			: `SQLite (${config.sqlitePath})`;
		console.log(`${where}: ${count} confirmed subscriber(s) written to ${output}.`);
	} finally {
		await repository.close();
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof ConfigError ? `Configuration: ${error.message}` : error);
	process.exitCode = 1;
});

/**
 * `npm run bench:feedback` (part of `npm run bench`): submissions per second and latency (p50,
 * p99) of the feedback endpoint over loopback, with autocannon, against the built server
 * (dist/server/entry.mjs, as `npm start` runs it) on SQLite and on PostgreSQL. Each request is
 * a new valid suggestion (its own idempotency key), stored and committed before the answer.
 * Target with SQLite on this 2-core machine: at least 500 submissions/s, and p99 under 50 ms at
 * that load: the bench measures the throughput with every connection sending as fast as it is
 * answered, then the latency at a steady 500 submissions/s.
 * Prints figures; asserts nothing. PostgreSQL: DATABASE_URL, or a throwaway server started with
 * tests/tools/postgres.sh (Debian's postgresql package).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { ROOT } from '../tools/paths.ts';
import { startServer, suggestionBody } from '../tools/feedback-server.ts';

const DURATION_SECONDS = Number(process.env['BENCH_FEEDBACK_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_FEEDBACK_CONNECTIONS'] ?? 16);

/** The offered load at which latency is measured: the target's 500 submissions per second. */
const STEADY_RATE = Number(process.env['BENCH_FEEDBACK_RATE'] ?? 500);

interface Figures {
	perSecond: number;
	p50: number;
	p99: number;
	ok: number;
	other: number;
	errors: number;
}

/**
 * Two measurements: the throughput with every connection sending as fast as it is answered (the
 * most submissions per second the server takes; its latency is mostly the queue of 16 waiting
 * connections), then the latency of submissions arriving at a steady `STEADY_RATE` per second, the
 * target's load.
 */
async function measure(origin: string): Promise<{ saturated: Figures; steady: Figures }> {
	// A short warm-up (JIT, connection pool, statement cache), not counted.
	await run(origin, 2);
	const saturated = await run(origin, DURATION_SECONDS);
	const steady = await run(origin, DURATION_SECONDS, STEADY_RATE);
	return { saturated, steady };
}

async function run(origin: string, seconds: number, overallRate?: number): Promise<Figures> {
	const result = await autocannon({
		url: `${origin}/_actions/feedback/`,
		duration: seconds,
		connections: CONNECTIONS,
		requests: [request(origin)],
		...(overallRate ? { overallRate } : {}),
	});
	return {
		perSecond: result['2xx'] / seconds,
		p50: result.latency.p50,
		p99: result.latency.p99,
		ok: result['2xx'],
		other: result.non2xx,
		errors: result.errors + result.timeouts,
	};
}

function request(origin: string): autocannon.Request {
	return {
		method: 'POST',
		path: '/_actions/feedback/',
		// The form as the forms' script sends it, from a page of the site (Astro refuses a form
		// post from another origin).
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
		setupRequest: (sent) => ({ ...sent, body: new URLSearchParams(suggestionBody()).toString() }),
	};
}

/** Every figure of the run, written as JSON beside the printed table for comparing runs. */
const results: Record<string, { saturated: Figures; steady: Figures; stored: number }> = {};

function report(store: string, figures: { saturated: Figures; steady: Figures }, stored: number) {
	results[store] = { ...figures, stored };
	const line = (label: string, { perSecond, p50, p99 }: Figures) =>
		`${label.padEnd(30)} ${perSecond.toFixed(0).padStart(6)} submissions/s   ` +
		`p50 ${String(p50).padStart(3)} ms   p99 ${String(p99).padStart(3)} ms`;
	const { saturated, steady } = figures;
	const acknowledged = saturated.ok + steady.ok;
	console.log(line(`${store}, as fast as it can`, saturated));
	console.log(line(`${store}, at ${STEADY_RATE}/s offered`, steady));
	console.log(
		`${''.padEnd(30)} ${acknowledged} acknowledged, ${stored} stored, ` +
			`${saturated.other + steady.other} refused, ${saturated.errors + steady.errors} errors`,
	);
}

async function countPostgres(url: string): Promise<number> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		const { rows } = await client.query<{ count: string }>(
			'SELECT COUNT(*) AS count FROM submissions',
		);
		return Number(rows[0]?.count ?? 0);
	} finally {
		await client.end();
	}
}

console.log(
	`Feedback endpoint — ${DURATION_SECONDS} s, ${CONNECTIONS} connections over loopback, Node ${process.version}\n`,
);

// SQLite: a fresh file.
{
	const folder = mkdtempSync(join(tmpdir(), 'feedback-bench-'));
	const path = join(folder, 'feedback.sqlite');
	const server = await startServer({ SQLITE_PATH: path });
	try {
		const figures = await measure(server.origin);
		await server.stop();
		const { DatabaseSync } = await import('node:sqlite');
		const database = new DatabaseSync(path);
		const row = database.prepare('SELECT COUNT(*) AS count FROM submissions').get() as {
			count: number;
		};
		database.close();
		report('SQLite', figures, Number(row.count));
	} finally {
		await server.stop();
		rmSync(folder, { recursive: true, force: true });
	}
}

// PostgreSQL: DATABASE_URL, or a throwaway server.
{
	let url = process.env['DATABASE_URL'];
	let started = false;
	if (!url) {
		const start = spawnSync('bash', [join(ROOT, 'tests/tools/postgres.sh'), 'start'], {
			encoding: 'utf8',
			env: { ...process.env, PG_DIR: join(tmpdir(), 'feedback-bench-postgres') },
		});
		url = /DATABASE_URL=(\S+)/.exec(start.stdout)?.[1];
		started = Boolean(url);
		if (!url)
			console.log(
				`PostgreSQL  skipped: no server (${start.stderr.trim().split('\n').at(-1) ?? ''})`,
			);
	}
	if (url) {
		const schema = `feedback_bench_${process.pid}`;
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		await admin.query(`CREATE SCHEMA ${schema}`);
		const location = new URL(url);
		location.searchParams.set('options', `-c search_path=${schema}`);
		const server = await startServer({ DATABASE_URL: location.href });
		try {
			const figures = await measure(server.origin);
			report('PostgreSQL', figures, await countPostgres(location.href));
		} finally {
			await server.stop();
			await admin.query(`DROP SCHEMA ${schema} CASCADE`);
			await admin.end();
			if (started)
				spawnSync('bash', [join(ROOT, 'tests/tools/postgres.sh'), 'stop'], {
					env: { ...process.env, PG_DIR: join(tmpdir(), 'feedback-bench-postgres') },
				});
		}
	}
}
mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(join(ROOT, 'reports/bench-feedback.json'), JSON.stringify(results, null, '\t'));
console.log(
	'\nTarget (SQLite, this 2-core machine): at least 500 submissions/s, with p99 under 50 ms at that' +
		' load.\nThe warm-up is not counted; "stored" counts the warm-up too. Figures: reports/bench-feedback.json',
);

/**
 * Staff accounts of the back office (/staff/), with the server's settings (environment
 * variables, and .env when present): the same store as the feedback function.
 *
 *   npm run staff:add -- --email accueil@example.org
 *       creates an administrator's account, or sets a new password (and unlocks it, reactivates
 *       it, ending its sessions) when it exists: the way to make the very first administrator,
 *       who then invites colleagues from the back office's accounts page (/staff/comptes/). The
 *       password is asked for twice, hidden; or read from the first line of standard input when
 *       it is not a terminal (`printf '%s\n' "$PASSWORD" | npm run staff:add -- …`). Only its
 *       scrypt hash is stored.
 *   npm run staff:list
 *       the accounts, their last sign-in and any lock.
 *
 * Run by Node itself (type stripping): imports name their `.ts` files.
 */
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ConfigError, resolveConfig } from '../src/lib/server/config.ts';
import { openDatabase } from '../src/lib/server/database.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../src/lib/staff/password.ts';
import { StaffStore } from '../src/lib/staff/store.ts';

if (existsSync('.env')) process.loadEnvFile('.env');
const [command, ...args] = process.argv.slice(2);
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function option(name: string): string | undefined {
	const index = args.indexOf(`--${name}`);
	if (index >= 0) return args[index + 1];
	return args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** The first line of standard input (a pipe or a file). */
async function readLine(): Promise<string> {
	const lines = createInterface({ input: process.stdin });
	for await (const line of lines) {
		lines.close();
		return line;
	}
	return '';
}

/** Asks on the terminal without echoing what is typed. */
function askHidden(question: string): Promise<string> {
	return new Promise((resolve) => {
		const input = process.stdin;
		process.stdout.write(question);
		input.setRawMode(true);
		input.resume();
		input.setEncoding('utf8');
		let typed = '';
		const onData = (chunk: string) => {
			for (const character of chunk) {
				if (character === '\r' || character === '\n') {
					input.setRawMode(false);
					input.pause();
					input.off('data', onData);
					process.stdout.write('\n');
					resolve(typed);
					return;
				}
				if (character === '\u0003') process.exit(130);
				if (character === '\u007f') typed = typed.slice(0, -1);
				else typed += character;
			}
		};
		input.on('data', onData);
	});
}

async function readPassword(): Promise<string> {
	if (!process.stdin.isTTY) return readLine();
	const first = await askHidden('Mot de passe : ');
	const second = await askHidden('Le même, à nouveau : ');
	if (first !== second) throw new ConfigError('Les deux mots de passe diffèrent.');
	return first;
}

async function main(): Promise<void> {
	if (command !== 'add' && command !== 'list') {
		console.error('Usage: npm run staff:add -- --email <adresse>   |   npm run staff:list');
		process.exitCode = 2;
		return;
	}
	const email = option('email');
	if (command === 'add' && (!email || !EMAIL.test(email)))
		throw new ConfigError('--email <adresse> est requis (une adresse e-mail).');
	const password = command === 'add' ? await readPassword() : '';
	if (command === 'add' && password.length < MIN_PASSWORD_LENGTH)
		throw new ConfigError(
			`Le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères.`,
		);

	const config = resolveConfig(process.env);
	const driver = await openDatabase(config);
	try {
		const store = new StaffStore(driver);
		const where = config.databaseUrl
			? 'PostgreSQL (DATABASE_URL)'
			: `SQLite (${config.sqlitePath})`;
		if (command === 'add' && email) {
			const { account, created } = await store.saveAccount(
				email,
				await hashPassword(password),
				new Date(),
			);
			console.log(
				`${where}: ${created ? 'compte administrateur créé' : 'mot de passe changé (compte administrateur, déverrouillé et actif, sessions fermées)'} pour ${account.email}.`,
			);
		} else {
			const accounts = await store.listAccounts();
			if (accounts.length === 0) console.log(`${where}: aucun compte.`);
			for (const account of accounts)
				console.log(
					[
						account.email,
						account.name ?? '',
						account.role === 'admin' ? 'administrateur' : 'équipe',
						account.deactivatedAt ? 'désactivé' : account.passwordHash ? 'actif' : 'invité',
						`dernière connexion : ${account.lastSignInAt?.toISOString() ?? 'jamais'}`,
					].join('\t'),
				);
		}
	} finally {
		await driver.close();
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof ConfigError ? error.message : error);
	process.exitCode = 1;
});

/**
 * Staff passwords: never stored, only a slow salted hash (scrypt from node:crypto, a random
 * 16-byte salt per account), written with its parameters so that they can be raised later
 * without breaking the accounts already created: `scrypt$N$r$p$salt$hash` (base64url).
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** Cost parameters: about 50–100 ms per hash on a small server, 32 MiB of memory. */
export const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

/** The shortest password `npm run staff:add` accepts. */
export const MIN_PASSWORD_LENGTH = 12;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
	return new Promise((resolve, reject) =>
		scrypt(
			password.normalize('NFC'),
			salt,
			KEY_LENGTH,
			{ ...options, maxmem: 256 * (options.N ?? SCRYPT.N) * (options.r ?? SCRYPT.r) },
			(error, key) => (error ? reject(error) : resolve(key)),
		),
	);
}

/** The stored form of a password. */
export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt, SCRYPT);
	return [
		'scrypt',
		SCRYPT.N,
		SCRYPT.r,
		SCRYPT.p,
		salt.toString('base64url'),
		key.toString('base64url'),
	].join('$');
}

/** Whether `password` matches a stored hash (constant-time comparison). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const [scheme, n, r, p, salt, hash] = stored.split('$');
	if (scheme !== 'scrypt' || !salt || !hash) return false;
	const expected = Buffer.from(hash, 'base64url');
	const key = await derive(password, Buffer.from(salt, 'base64url'), {
		N: Number(n),
		r: Number(r),
		p: Number(p),
	});
	return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * A hash of no password, checked when the e-mail is unknown, so that an unknown address takes as
 * long to refuse as a wrong password (no account discovery by timing).
 */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString('hex')));

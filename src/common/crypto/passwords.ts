// Password hashing with scrypt (memory-hard, in Node's crypto; no native add-on to build).
// Stored as `scrypt$<log2N>$<r>$<p>$<salt b64>$<hash b64>` so the cost can be raised later and old
// hashes still verify (and can be re-hashed on sign-in).
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEYLEN = 32;
const R = 8;
const P = 1;

function scrypt(password: string, salt: Buffer, log2n: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** log2n;
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize('NFKC'), salt, KEYLEN, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string, log2n: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, log2n, R, P);
  return `scrypt$${log2n}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  if (!stored) return false;
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, log2n, r, p, salt, hash] = parts;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), Number(log2n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Whether a stored hash was made with a lower cost than configured now. */
export function needsRehash(stored: string, log2n: number): boolean {
  return Number(stored.split('$')[1]) < log2n;
}

/** A hash of a throwaway password, so that unknown emails cost as much as known ones (no timing oracle). */
let dummy: Promise<string> | undefined;
export function dummyHash(log2n: number): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'), log2n);
  return dummy;
}

// Opaque secrets (refresh tokens, API keys, verification tokens): 256 bits from the CSPRNG, stored as
// SHA-256. A fast hash is right for high-entropy secrets; passwords use scrypt instead.
import { createHash, randomBytes } from 'node:crypto';

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

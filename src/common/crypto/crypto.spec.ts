import { describe, expect, it } from 'vitest';
import { JwtService } from './jwt';
import { hashPassword, needsRehash, verifyPassword } from './passwords';

describe('JwtService', () => {
  const jwt = new JwtService('a'.repeat(40));
  const claims = { sub: 'u1', org_id: 'o1', app_role: 'patient', sid: 's1' };

  it('signs and verifies', () => {
    const token = jwt.sign(claims, 60);
    expect(jwt.verify(token)).toMatchObject({ ...claims, typ: 'access' });
  });

  it('refuses tampered payloads, other keys, alg none and expired tokens', () => {
    const token = jwt.sign(claims, 60);
    const [h, p, s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), app_role: 'admin' })).toString('base64url');
    expect(new JwtService('a'.repeat(40)).verify(`${h}.${forged}.${s}`)).toBeUndefined();
    expect(new JwtService('b'.repeat(40)).verify(token)).toBeUndefined();
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(new JwtService('a'.repeat(40)).verify(`${none}.${p}.`)).toBeUndefined();
    const old = jwt.sign(claims, 60, Date.now() - 120_000);
    expect(new JwtService('a'.repeat(40)).verify(old)).toBeUndefined();
  });

  it('does not serve an expired token from its cache', () => {
    const fresh = new JwtService('c'.repeat(40));
    const token = fresh.sign(claims, 60);
    expect(fresh.verify(token)).toBeDefined();
    expect(fresh.verify(token, Date.now() + 61_000)).toBeUndefined();
  });
});

describe('passwords', () => {
  it('hash with scrypt, verify, and refuse a wrong password', async () => {
    const stored = await hashPassword('correct horse battery staple', 14);
    expect(stored).toMatch(/^scrypt\$14\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('x', null)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
    expect(needsRehash(stored, 15)).toBe(true);
    expect(needsRehash(stored, 14)).toBe(false);
  });

  it('salts: the same password hashes differently', async () => {
    expect(await hashPassword('same password here', 14)).not.toBe(await hashPassword('same password here', 14));
  });
});

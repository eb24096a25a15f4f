// Access tokens: compact JWS, HS256 only (the algorithm is fixed, never read from the token header).
// Verified tokens are cached until they expire, so a hot path pays for HMAC once per token.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface AccessTokenPayload {
  sub: string;
  org_id: string;
  app_role: string;
  sid: string;
  iat: number;
  exp: number;
  typ: 'access';
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

export class JwtService {
  private readonly cache = new Map<string, AccessTokenPayload>();
  private readonly maxCache = 50_000;

  constructor(private readonly secret: string) {}

  sign(
    payload: Omit<AccessTokenPayload, 'iat' | 'exp' | 'typ'>,
    ttlSeconds: number,
    now = Date.now(),
  ): string {
    const iat = Math.floor(now / 1000);
    const body: AccessTokenPayload = { ...payload, typ: 'access', iat, exp: iat + ttlSeconds };
    const encoded = `${HEADER}.${Buffer.from(JSON.stringify(body)).toString('base64url')}`;
    return `${encoded}.${this.mac(encoded)}`;
  }

  /** The payload of a valid, unexpired access token; undefined otherwise. */
  verify(token: string, now = Date.now()): AccessTokenPayload | undefined {
    const cached = this.cache.get(token);
    if (cached) {
      if (cached.exp * 1000 > now) return cached;
      this.cache.delete(token);
      return undefined;
    }
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return undefined;
    const expected = Buffer.from(this.mac(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    let payload: AccessTokenPayload;
    try {
      payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as AccessTokenPayload;
    } catch {
      return undefined;
    }
    if (payload.typ !== 'access' || typeof payload.exp !== 'number' || payload.exp * 1000 <= now)
      return undefined;
    if (
      typeof payload.sub !== 'string' ||
      typeof payload.org_id !== 'string' ||
      typeof payload.sid !== 'string'
    )
      return undefined;
    if (this.cache.size >= this.maxCache) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(token, payload);
    return payload;
  }

  private mac(data: string): string {
    return createHmac('sha256', this.secret).update(data).digest('base64url');
  }
}

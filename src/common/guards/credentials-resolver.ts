// What the access guard needs from whoever issues credentials: the claims a request's access token or API
// key stands for. Declared here and bound by the identity module, so the platform layer depends on no module.
import type { FastifyRequest } from 'fastify';
import type { Claims } from '../context/claims';

export abstract class CredentialsResolver {
  /** The request's claims, or undefined when it carries no valid credentials. */
  abstract authenticate(req: FastifyRequest): Promise<Claims | undefined>;
}

// RFC 9110 section 11.1: the scheme is case-insensitive; one or more spaces before the credentials.
const BEARER = /^bearer +/i;

/**
 * What follows the scheme of an `Authorization: Bearer ...` header, whatever the scheme's case (possibly empty
 * or malformed, for the verifier to refuse); undefined for any other header.
 */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  const scheme = BEARER.exec(header);
  return scheme ? header.slice(scheme[0].length).trim() : undefined;
}

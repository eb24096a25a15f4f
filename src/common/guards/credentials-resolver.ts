// What the access guard needs from whoever issues credentials: the claims a request's access token or API
// key stands for. Declared here and bound by the identity module, so the platform layer depends on no module.
import type { FastifyRequest } from 'fastify';
import type { Claims } from '../context/claims';

export abstract class CredentialsResolver {
  /** The request's claims, or undefined when it carries no valid credentials. */
  abstract authenticate(req: FastifyRequest): Promise<Claims | undefined>;
}

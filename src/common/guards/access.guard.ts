// Turns the access token or API key into claims, and applies the route's declared roles. Rows are the
// database's business: this guard decides only who may call the route at all.
import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS_KEY, type AccessRule } from '../decorators/access.decorator';
import { DomainError } from '../errors/domain-error';
import type { Claims } from '../context/claims';
import { CredentialsResolver } from './credentials-resolver';
import { oauthScopeDecision } from './oauth-scopes';

export type CarebaseRequest = FastifyRequest & { claims?: Claims; accessRule?: AccessRule };

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly credentials: CredentialsResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = context.switchToHttp().getRequest<CarebaseRequest>();
    if (!rule) {
      this.logger.error({ msg: 'route has no access declaration; refusing', url: req.url });
      throw new DomainError('forbidden', 'This route is not available.');
    }
    req.accessRule = rule;
    if (rule.kind === 'public') return true;

    let claims = await this.credentials.authenticate(req);
    if (!claims) throw new DomainError('unauthorized', 'A valid access token or API key is required.');
    if (claims.api_key_id) {
      if (!rule.apiKeys) throw new DomainError('forbidden', 'This route is not available to API keys.');
      const needed = READ_METHODS.has(req.method) ? ['read', 'write'] : ['write'];
      if (!claims.scope?.some((s) => needed.includes(s)))
        throw new DomainError('forbidden', `This API key lacks the ${needed.at(-1)} scope.`);
    }
    if (claims.client_id) {
      if (!claims.sub && !rule.apiKeys)
        throw new DomainError('forbidden', 'This route is not available to machine clients.');
      const decision = oauthScopeDecision(
        claims.scope ?? [],
        req.method,
        req.routeOptions?.url,
        claims.sub ? 'user' : 'client',
      );
      if (!decision.ok) throw new DomainError('forbidden', decision.reason);
      // Only a patient/ scope allows this request: the user's own rows, whatever their role.
      if (decision.confined) claims = { ...claims, app_role: 'patient' };
    }
    if (rule.roles && (!claims.app_role || !rule.roles.includes(claims.app_role)))
      throw new DomainError('forbidden', 'Your role does not allow this.');
    req.claims = claims;
    return true;
  }
}

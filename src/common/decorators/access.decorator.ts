// One composed decorator per route: who may call it, which database role the transaction runs as, and
// what Swagger shows. A route without one is refused (the guard fails closed).
import { applyDecorators, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiSecurity,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiBadRequestResponse,
} from '@nestjs/swagger';
import type { AppRole } from '../context/claims';
import { ProblemDto } from '../dto/problem.dto';

export const ACCESS_KEY = 'carebase:access';

export type AccessRule =
  | { kind: 'public'; transaction: boolean; asService?: string }
  | { kind: 'authenticated'; roles?: readonly AppRole[]; apiKeys: boolean; transaction?: false };

/**
 * Anyone may call. The transaction runs as `anon`, or, for the few routes that must act before a caller
 * exists (sign-up, sign-in, token refresh), as `service_role` with claims naming the route.
 */
export function Public(opts: { asService?: string; transaction?: boolean } = {}) {
  const rule: AccessRule = {
    kind: 'public',
    transaction: opts.transaction ?? true,
    asService: opts.asService,
  };
  return applyDecorators(
    SetMetadata(ACCESS_KEY, rule),
    ApiExtension('x-access', { public: true }),
    ApiBadRequestResponse({ description: 'Invalid input', type: ProblemDto }),
  );
}

/**
 * Signed-in callers (access token, or API key unless `apiKeys: false`), optionally only some app roles.
 * `transaction: false`: the handler opens its own short transactions (RlsTransactions.run with the request's
 * claims) around outbound work that must not hold one open, such as a model call.
 */
export function Authenticated(
  opts: { roles?: readonly AppRole[]; apiKeys?: boolean; transaction?: false } = {},
) {
  const rule: AccessRule = {
    kind: 'authenticated',
    roles: opts.roles,
    apiKeys: opts.apiKeys ?? true,
    ...(opts.transaction === false ? { transaction: false as const } : {}),
  };
  const decorators = [
    SetMetadata(ACCESS_KEY, rule),
    ApiBearerAuth('bearer'),
    ApiExtension('x-access', { roles: opts.roles ?? 'any', apiKeys: rule.apiKeys }),
    ApiUnauthorizedResponse({ description: 'Missing or invalid credentials', type: ProblemDto }),
    ApiForbiddenResponse({
      description: `Allowed roles: ${opts.roles?.join(', ') ?? 'any member'}`,
      type: ProblemDto,
    }),
    ApiBadRequestResponse({ description: 'Invalid input', type: ProblemDto }),
    ApiTooManyRequestsResponse({ description: 'Rate limited', type: ProblemDto }),
  ];
  if (rule.apiKeys) decorators.push(ApiSecurity('api-key'));
  return applyDecorators(...decorators);
}

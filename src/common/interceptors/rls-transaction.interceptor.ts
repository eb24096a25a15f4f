// Wraps each handler in one RLS transaction: the claims from the guard (or anon, or a named service
// identity for the routes that declare it), committed before the response is written.
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { RlsTransactions } from '../database/rls-transactions';
import type { CarebaseRequest } from '../guards/access.guard';
import type { Claims } from '../context/claims';

@Injectable()
export class RlsTransactionInterceptor implements NestInterceptor {
  constructor(private readonly tx: RlsTransactions) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<CarebaseRequest>();
    const rule = req.accessRule;
    if (rule?.transaction === false) return next.handle();
    const base: Claims =
      req.claims ??
      (rule?.kind === 'public' && rule.asService
        ? { role: 'service_role', job: rule.asService }
        : { role: 'anon' });
    return from(
      this.tx.run(requestClaims(req, base), () => lastValueFrom(next.handle(), { defaultValue: undefined })),
    );
  }
}

/** The claims a request's transactions run under: the caller's, and the request's id, IP and user agent. */
export function requestClaims(req: CarebaseRequest, base: Claims = req.claims ?? { role: 'anon' }): Claims {
  return {
    ...base,
    request_id: String(req.id),
    ip: req.ip,
    user_agent: req.headers['user-agent']?.slice(0, 256),
  };
}

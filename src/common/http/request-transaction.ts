// One RLS transaction per request, wrapped around the controller method itself: after the guards (which set the
// claims) and the pipes (validation), and settled before Nest writes the response, so the reply always follows
// the commit. Installed once at boot on every route, outside Nest's interceptor chain: no rxjs and no reflection
// per request. The method receives the request through one extra argument the wrapper declares (Nest's @Req()
// metadata, read by nothing else); Idempotent routes get the reply the same way.
import { RequestMethod, SetMetadata } from '@nestjs/common';
import {
  METHOD_METADATA,
  PATH_METADATA,
  RESPONSE_PASSTHROUGH_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import type { Claims } from '../context/claims';
import { RlsTransactions } from '../database/rls-transactions';
import { ACCESS_KEY, type AccessRule } from '../decorators/access.decorator';
import type { CarebaseRequest } from '../guards/access.guard';
import { IDEMPOTENT_KEY, idempotent, idempotentStatus } from '../idempotency/idempotency.interceptor';

const WRAPPED = Symbol('carebase:request-transaction');
export const SINGLE_READ_KEY = 'carebase:single-read';

/**
 * The route reads with one sql() statement and writes nothing: its transaction is READ ONLY and its COMMIT
 * travels with that statement, so the request costs one database round trip (RlsTransactions.run, singleRead).
 */
export const SingleRead = () => SetMetadata(SINGLE_READ_KEY, true);
// The wrapper is installed once per process on the controller's prototype; each application stamps its own
// RlsTransactions on its own controller instances, so two applications in one process use their own databases.
const TX = Symbol('carebase:request-transactions');
type Controller = { [TX]?: RlsTransactions };
type RouteMethod = ((...args: unknown[]) => unknown) & { [WRAPPED]?: true };
type RouteArgs = Record<string, { index: number; data?: unknown; pipes: unknown[] }>;

/** The claims a request's transactions run under: the caller's, and the request's id, IP and user agent. */
export function requestClaims(req: CarebaseRequest, base: Claims = req.claims ?? { role: 'anon' }): Claims {
  return {
    ...base,
    request_id: String(req.id),
    ip: req.ip,
    user_agent: req.headers['user-agent']?.slice(0, 256),
  };
}

/**
 * Wraps every route method of the application's controllers. AppModule calls it from configure(), which Nest
 * runs after every module is instantiated and before any route is registered.
 */
export function installRequestTransactions(
  modules: ModulesContainer,
  tx: RlsTransactions,
  reflector: Reflector,
): number {
  const scanner = new MetadataScanner();
  let wrapped = 0;
  for (const module of modules.values())
    for (const { metatype, instance } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      if (instance && typeof instance === 'object')
        Object.defineProperty(instance, TX, { value: tx, configurable: true });
      const proto = metatype.prototype as Record<string, RouteMethod>;
      for (const name of scanner.getAllMethodNames(proto)) {
        const method = proto[name];
        // Not a route, or wrapped already (a controller listed by two modules).
        if (Reflect.getMetadata(PATH_METADATA, method) === undefined || method[WRAPPED]) continue;
        const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [method, metatype]);
        const once = !!reflector.getAllAndOverride<boolean | undefined>(IDEMPOTENT_KEY, [method, metatype]);
        const singleRead = !!reflector.getAllAndOverride<boolean | undefined>(SINGLE_READ_KEY, [
          method,
          metatype,
        ]);
        // Idempotency lives in the request transaction: without one the key would be ignored, not refused.
        if (once && rule?.transaction === false)
          throw new Error(`${metatype.name}.${name}: @Idempotent() needs the request transaction`);
        if (singleRead && (once || !rule || rule.transaction === false))
          throw new Error(
            `${metatype.name}.${name}: @SingleRead() needs the request transaction and no @Idempotent()`,
          );
        // A read: a POST marked by a class-level @SingleRead() would fail on its first write.
        if (singleRead && Reflect.getMetadata(METHOD_METADATA, method) !== RequestMethod.GET)
          throw new Error(`${metatype.name}.${name}: @SingleRead() is for GET routes`);
        // Without a rule the guard refuses the request; `transaction: false` routes open their own.
        if (!rule || rule.transaction === false) continue;
        proto[name] = wrapRoute(metatype, name, method, rule, once, singleRead);
        wrapped++;
      }
    }
  return wrapped;
}

/** The application's RlsTransactions, stamped on its controller instance at boot. */
function transactionsOf(controller: unknown): RlsTransactions {
  const tx = (controller as Controller | undefined)?.[TX];
  if (!tx) throw new Error('The request transaction was not installed on this controller instance');
  return tx;
}

function wrapRoute(
  controller: Function,
  name: string,
  method: RouteMethod,
  rule: AccessRule,
  once: boolean,
  singleRead: boolean,
): RouteMethod {
  const args: RouteArgs = { ...(Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) as RouteArgs) };
  const reqAt = Object.values(args).reduce((n, a) => Math.max(n, a.index + 1), 0);
  args[`${RouteParamtypes.REQUEST}:${reqAt}`] = { index: reqAt, data: undefined, pipes: [] };
  // Without a caller (public routes): anon, or the named service identity the route declares.
  const fallback: Claims =
    rule.kind === 'public' && rule.asService
      ? { role: 'service_role', job: rule.asService }
      : { role: 'anon' };

  let wrapper: RouteMethod;
  if (once) {
    const replyAt = reqAt + 1;
    args[`${RouteParamtypes.RESPONSE}:${replyAt}`] = {
      index: replyAt,
      data: { passthrough: true },
      pipes: [],
    };
    Reflect.defineMetadata(RESPONSE_PASSTHROUGH_METADATA, true, controller, name);
    const status = idempotentStatus(method);
    wrapper = function (this: unknown, ...params: unknown[]) {
      const req = params[reqAt] as CarebaseRequest;
      const reply = params[replyAt] as FastifyReply;
      return transactionsOf(this).run(requestClaims(req, req.claims ?? fallback), () =>
        idempotent(req, reply, status, async () => method.apply(this, params)),
      );
    };
  } else {
    const options = { singleRead };
    wrapper = function (this: unknown, ...params: unknown[]) {
      const req = params[reqAt] as CarebaseRequest;
      return transactionsOf(this).run(
        requestClaims(req, req.claims ?? fallback),
        async () => method.apply(this, params),
        options,
      );
    };
  }
  Reflect.defineMetadata(ROUTE_ARGS_METADATA, args, controller, name);
  // Guards, Swagger and Nest itself read the route's metadata off the function, and some read its name.
  for (const key of Reflect.getOwnMetadataKeys(method))
    Reflect.defineMetadata(key, Reflect.getOwnMetadata(key, method), wrapper);
  Object.defineProperty(wrapper, 'name', { value: method.name });
  wrapper[WRAPPED] = true;
  return wrapper;
}

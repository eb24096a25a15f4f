import { describe, expect, it } from 'vitest';
import { oauthScopeDecision, routeResource } from '../../src/common/guards/oauth-scopes';

describe('SMART scopes against routes', () => {
  it('maps routes to resource types; account routes have none', () => {
    expect(routeResource('/api/patients/:patientId/measurements')).toBe('Observation');
    expect(routeResource('/api/patients/:id')).toBe('Patient');
    expect(routeResource('/api/measurements/:id')).toBe('Observation');
    expect(routeResource('/api/oauth/authorizations')).toBeUndefined();
    expect(routeResource('/api/api-keys')).toBeUndefined();
    expect(routeResource('/api/auth/sign-in')).toBeUndefined();
  });

  it('account, membership and payment routes are first-party only, whatever the scope', () => {
    for (const route of [
      '/api/me',
      '/api/me/sessions',
      '/api/me/sessions/:id',
      '/api/me/invitations/:id/accept',
      '/api/orders/checkout',
      '/api/orders/:id/payment-intent',
      '/api/wallets',
      '/api/wallets/:id/credit',
      '/api/payments',
      '/api/refunds',
      '/api/invoices',
      '/api/products/:id/recall',
    ]) {
      expect(routeResource(route), route).toBeUndefined();
      for (const method of ['GET', 'POST', 'DELETE'])
        for (const scopes of [['patient/*.cruds'], ['user/*.cruds']])
          expect(oauthScopeDecision(scopes, method, route, 'user').ok, `${method} ${route}`).toBe(false);
      expect(oauthScopeDecision(['system/*.cruds'], 'POST', route, 'client').ok).toBe(false);
    }
  });

  it('reads need r or s, writes c, u or d, of the type or *', () => {
    const user = (scopes: string[], method: string, route: string) =>
      oauthScopeDecision(scopes, method, route, 'user').ok;
    expect(user(['patient/Observation.rs'], 'GET', '/api/measurements')).toBe(true);
    expect(user(['patient/Observation.rs'], 'POST', '/api/measurements')).toBe(false);
    expect(user(['patient/Observation.c'], 'POST', '/api/measurements')).toBe(true);
    expect(user(['patient/Observation.rs'], 'GET', '/api/bookings')).toBe(false);
    expect(user(['patient/*.rs'], 'GET', '/api/bookings')).toBe(true);
    expect(user(['user/*.cruds'], 'GET', '/api/api-keys')).toBe(false);
    expect(user(['openid', 'offline_access'], 'GET', '/api/measurements')).toBe(false);
  });

  it('decides the context per request: user/ in the role, else patient/ confined, else refused', () => {
    const mixed = ['patient/*.cruds', 'user/*.rs'];
    expect(oauthScopeDecision(mixed, 'GET', '/api/patients/:patientId/measurements', 'user')).toEqual({
      ok: true,
      confined: false,
    });
    for (const method of ['POST', 'PATCH', 'DELETE'])
      expect(oauthScopeDecision(mixed, method, '/api/measurements/:id', 'user')).toEqual({
        ok: true,
        confined: true,
      });
    expect(oauthScopeDecision(['patient/*.rs'], 'GET', '/api/measurements', 'user')).toEqual({
      ok: true,
      confined: true,
    });
    expect(oauthScopeDecision(['user/*.cruds'], 'POST', '/api/measurements', 'user')).toEqual({
      ok: true,
      confined: false,
    });
    // A patient/ scope of another type does not lend its context to a user/ scope's type.
    expect(
      oauthScopeDecision(['patient/Observation.c', 'user/Patient.rs'], 'POST', '/api/patients', 'user').ok,
    ).toBe(false);
    expect(oauthScopeDecision(['user/*.rs'], 'POST', '/api/measurements', 'user').ok).toBe(false);
  });

  it('system/ scopes count only for client credentials, and only they do', () => {
    expect(oauthScopeDecision(['system/*.rs'], 'GET', '/api/appointments', 'client')).toEqual({
      ok: true,
      confined: false,
    });
    expect(oauthScopeDecision(['system/*.rs'], 'GET', '/api/appointments', 'user').ok).toBe(false);
    expect(oauthScopeDecision(['patient/*.rs'], 'GET', '/api/appointments', 'client').ok).toBe(false);
    expect(oauthScopeDecision(['user/*.cruds'], 'GET', '/api/appointments', 'client').ok).toBe(false);
  });
});

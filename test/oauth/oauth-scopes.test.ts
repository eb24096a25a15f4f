import { describe, expect, it } from 'vitest';
import { confinedToPatient, oauthScopeDecision, routeResource } from '../../src/common/guards/oauth-scopes';

describe('SMART scopes against routes', () => {
  it('maps routes to resource types; account routes have none', () => {
    expect(routeResource('/api/patients/:patientId/measurements')).toBe('Observation');
    expect(routeResource('/api/patients/:id')).toBe('Patient');
    expect(routeResource('/api/measurements/:id')).toBe('Observation');
    expect(routeResource('/api/oauth/authorizations')).toBeUndefined();
    expect(routeResource('/api/api-keys')).toBeUndefined();
    expect(routeResource('/api/auth/sign-in')).toBeUndefined();
  });

  it('reads need r or s, writes c, u or d, of the type or *', () => {
    expect(oauthScopeDecision(['patient/Observation.rs'], 'GET', '/api/measurements').ok).toBe(true);
    expect(oauthScopeDecision(['patient/Observation.rs'], 'POST', '/api/measurements').ok).toBe(false);
    expect(oauthScopeDecision(['patient/Observation.c'], 'POST', '/api/measurements').ok).toBe(true);
    expect(oauthScopeDecision(['patient/Observation.rs'], 'GET', '/api/bookings').ok).toBe(false);
    expect(oauthScopeDecision(['patient/*.rs'], 'GET', '/api/bookings').ok).toBe(true);
    expect(oauthScopeDecision(['user/*.cruds'], 'GET', '/api/api-keys').ok).toBe(false);
    expect(oauthScopeDecision(['openid', 'offline_access'], 'GET', '/api/measurements').ok).toBe(false);
  });

  it('patient scopes alone confine to the patient', () => {
    expect(confinedToPatient(['openid', 'patient/*.rs'])).toBe(true);
    expect(confinedToPatient(['patient/*.rs', 'user/*.rs'])).toBe(false);
    expect(confinedToPatient(['openid'])).toBe(false);
  });
});

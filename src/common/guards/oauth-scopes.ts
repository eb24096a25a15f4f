// What an OAuth access token's SMART scopes let it call. A scope is `<context>/<Resource|*>.<permissions>`
// (SMART v2: c, r, u, d, s); reads need r or s, writes c, u or d. The API's routes stand for FHIR resource
// types by their first path segment; a token names a type or `*`. Routes that manage the account itself
// (sign-in, keys, sessions, memberships, OAuth authorizations, the organization, the instance) and money
// (orders, wallets, payments, the catalog) are first-party only: a segment missing from the map fails closed.

/** First path segment under /api -> the FHIR resource type the route's rows are. */
export const ROUTE_RESOURCES: Readonly<Record<string, string>> = {
  measurements: 'Observation',
  'activity-logs': 'Observation',
  'food-logs': 'Observation',
  'daily-moods': 'Observation',
  'condition-events': 'Condition',
  conditions: 'Condition',
  'health-goals': 'Goal',
  bookings: 'Appointment',
  appointments: 'Appointment',
  'calendar-events': 'Appointment',
  'medical-records': 'DocumentReference',
  'journal-entries': 'DocumentReference',
  patients: 'Patient',
  providers: 'Practitioner',
  facilities: 'Location',
  chambers: 'Location',
  treatments: 'Medication',
  prescriptions: 'MedicationRequest',
  trials: 'ResearchStudy',
  'learning-resources': 'DocumentReference',
  'learning-progress': 'Observation',
  alerts: 'Flag',
  notifications: 'Communication',
};

const SCOPE = /^(patient|user|system)\/([A-Za-z]+|\*)\.([cruds]+)$/;
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The resource type of a route pattern (`/api/measurements/:id` -> Observation); undefined: first-party only. */
export function routeResource(route: string | undefined): string | undefined {
  const m = /^\/api\/([^/]+)(?:\/:[^/]+\/([^/]+))?/.exec(route ?? '');
  if (!m) return undefined;
  // A patient's data under /api/patients/:patientId/<kind> is of the kind's type.
  return m[1] === 'patients' && m[2] ? ROUTE_RESOURCES[m[2]] : ROUTE_RESOURCES[m[1]];
}

export type ScopeDecision = { ok: true; confined: boolean } | { ok: false; reason: string };

/**
 * Whether the granted scopes allow `method` on the route, decided per request and per scope context. A user
 * token: a user/ scope that allows it runs in the user's role; else a patient/ scope that allows it runs
 * confined to the user's own rows (`confined`: the patient role, so RLS applies the patient's "own" rules).
 * A client-credentials token: system/ scopes only. Any other scope context counts for nothing.
 */
export function oauthScopeDecision(
  scopes: readonly string[],
  method: string,
  route: string | undefined,
  subject: 'user' | 'client',
): ScopeDecision {
  const resource = routeResource(route);
  if (!resource) return { ok: false, reason: 'This route is not available to OAuth clients.' };
  const read = READ_METHODS.has(method.toUpperCase());
  const needed = read ? /[rs]/ : /[cud]/;
  const allows = (context: string) =>
    scopes.some((scope) => {
      const m = SCOPE.exec(scope);
      return !!m && m[1] === context && (m[2] === '*' || m[2] === resource) && needed.test(m[3]);
    });
  if (subject === 'client') {
    if (allows('system')) return { ok: true, confined: false };
  } else if (allows('user')) return { ok: true, confined: false };
  else if (allows('patient')) return { ok: true, confined: true };
  return {
    ok: false,
    reason: `The token's scopes do not allow ${read ? 'reading' : 'changing'} ${resource} resources.`,
  };
}

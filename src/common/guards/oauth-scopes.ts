// What an OAuth access token's SMART scopes let it call. A scope is `<context>/<Resource|*>.<permissions>`
// (SMART v2: c, r, u, d, s); reads need r or s, writes c, u or d. The API's routes stand for FHIR resource
// types by their first path segment; a token names a type or `*`. Routes that manage the account itself
// (sign-in, keys, OAuth authorizations, the organization, the instance) are first-party only.

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
  me: 'Patient',
  providers: 'Practitioner',
  facilities: 'Location',
  chambers: 'Location',
  treatments: 'Medication',
  prescriptions: 'MedicationRequest',
  orders: 'MedicationRequest',
  products: 'Medication',
  trials: 'ResearchStudy',
  'learning-resources': 'DocumentReference',
  'learning-progress': 'Observation',
  alerts: 'Flag',
  notifications: 'Communication',
  invoices: 'Invoice',
  payments: 'PaymentReconciliation',
  refunds: 'PaymentReconciliation',
  wallets: 'Account',
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

/** Whether the granted scopes allow `method` on the route; the reason when they do not. */
export function oauthScopeDecision(
  scopes: readonly string[],
  method: string,
  route: string | undefined,
): { ok: true } | { ok: false; reason: string } {
  const resource = routeResource(route);
  if (!resource) return { ok: false, reason: 'This route is not available to OAuth clients.' };
  const read = READ_METHODS.has(method.toUpperCase());
  const needed = read ? /[rs]/ : /[cud]/;
  for (const scope of scopes) {
    const m = SCOPE.exec(scope);
    if (m && (m[2] === '*' || m[2] === resource) && needed.test(m[3])) return { ok: true };
  }
  return {
    ok: false,
    reason: `The token's scopes do not allow ${read ? 'reading' : 'changing'} ${resource} resources.`,
  };
}

/**
 * patient/ scopes alone confine the app to the consenting user's own rows: the claims act as that user in
 * the patient role, whatever their role in the organization, so RLS applies the patient's "own" rules.
 */
export function confinedToPatient(scopes: readonly string[]): boolean {
  return scopes.some((s) => s.startsWith('patient/')) && !scopes.some((s) => /^(user|system)\//.test(s));
}

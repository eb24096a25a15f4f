// The data the cross-tenant sweep (cross-tenant.e2e.test.ts) needs per route: for each path parameter, an id
// of a row that belongs to org A; for write routes whose body the schema sampler cannot build, a body.
// A module that adds a route with a {param} adds an IdSource here (or the sweep fails naming the route).
import type { TestDb } from '../support/db';
import {
  newActivityLogEntry,
  newAiCommandLog,
  newAiDoctorSession,
  newAiDoctorSharingPermission,
  newChatSession,
  newPatientInsight,
  newUserMemory,
  newVectorMemory,
  setPlan,
  newAlert,
  newApiKey,
  newOAuthArtifact,
  newOAuthClient,
  newAppointment,
  newBooking,
  newBreakGlassGrant,
  newCalendarEvent,
  newCareTeamMember,
  newCartItem,
  newChamber,
  newChamberMaintenance,
  newChamberSchedule,
  newCondition,
  newConditionEvent,
  newContact,
  newCryptoPayment,
  newDailyMood,
  newFacility,
  newFoodLogEntry,
  newHealthGoal,
  newInvitation,
  newImportSource,
  newInvoice,
  newJournalEntry,
  newLearningProgress,
  newLearningResource,
  newMeasurement,
  newMedicalRecord,
  newNotification,
  newOrder,
  newPatient,
  newPayment,
  newPrescription,
  newProduct,
  newProvider,
  newRefund,
  newSession,
  newTreatment,
  newTrial,
  newWallet,
  newWithdrawal,
  type TestOrg,
  type TestUser,
} from '../support/factories';

/** Org A (the victim) with members, org B (the callers). Sources create A's rows as the owner. */
export interface SweepWorld {
  db: TestDb;
  orgA: TestOrg;
  orgB: TestOrg;
  /** Members of A only. */
  a: { admin: TestUser; provider: TestUser; patient: TestUser; member: TestUser };
}

const made = new WeakMap<SweepWorld, Map<string, Promise<unknown>>>();

/** Creates a row of A once per world (sources share parents: a booking needs a patient and a chamber). */
export function once<T>(w: SweepWorld, key: string, create: () => Promise<T>): Promise<T> {
  let rows = made.get(w);
  if (!rows) made.set(w, (rows = new Map()));
  if (!rows.has(key)) rows.set(key, create());
  return rows.get(key) as Promise<T>;
}

const id = async (row: Promise<{ id: string }>) => (await row).id;

// Healthcare scheduling rows of A (the clinic side), created as the owner. Windows are the factories'
// defaults: weekdays inside the default chamber's hours, never overlapping.
const facility = (w: SweepWorld) =>
  once(w, 'facility', () => newFacility(w.db, w.orgA, { name: 'A clinic' }));
const chamber = (w: SweepWorld) =>
  once(w, 'chamber', async () =>
    newChamber(w.db, w.orgA, { facilityId: (await facility(w)).id, name: 'A chamber' }),
  );
const provider = (w: SweepWorld) =>
  once(w, 'provider', () => newProvider(w.db, w.a.provider, { displayName: 'Dr A' }));
const patient = (w: SweepWorld) =>
  once(w, 'patient', () =>
    newPatient(w.db, w.orgA, { userId: w.a.patient.id, firstName: 'Pat', lastName: 'A' }),
  );
const booking = (w: SweepWorld) =>
  once(w, 'booking', async () =>
    newBooking(w.db, w.orgA, {
      patientId: (await patient(w)).id,
      chamberId: (await chamber(w)).id,
      providerId: (await provider(w)).id,
    }),
  );
const contact = (w: SweepWorld) =>
  once(w, 'contact', () => newContact(w.db, w.orgA, { name: 'Lead of A', phone: '+15550100' }));

// Payments rows of A: a member's crypto wallet funded through the ledger, an invoice paid in part, a refund.
const wallet = (w: SweepWorld) =>
  once(w, 'wallet', () => newWallet(w.db, w.a.member, { kind: 'crypto', currency: 'BTC', fund: '5' }));
const invoice = (w: SweepWorld) =>
  once(w, 'invoice', () =>
    newInvoice(w.db, w.orgA, { number: 'A-0001', amountDueMinor: '10000', currency: 'EUR' }),
  );
const payment = (w: SweepWorld) =>
  once(w, 'payment', async () =>
    newPayment(w.db, w.a.member, await invoice(w), { amountMinor: '5000', currency: 'EUR' }),
  );

// Commerce: a product of A, in stock.
const product = (w: SweepWorld) =>
  once(w, 'product', () => newProduct(w.db, w.orgA, { name: 'Of org A', inventoryCount: 20 }));
export interface IdSource {
  /** The path parameter's name, as in the OpenAPI path: `{userId}` -> 'userId'. */
  param: string;
  /** The path prefix the parameter lives under; the longest matching prefix wins. */
  under: string;
  /** An id (or name) of a row of org A that the route would act on. */
  resolve?: (w: SweepWorld) => Promise<string>;
  /** The member of A who may read the row (the control call on GET routes); A's admin when not set. */
  readBy?: (w: SweepWorld) => TestUser;
  /**
   * Set when any member of any organization may read the row by design (catalog.md says "public"), with
   * the reason: GET routes on it may answer 2xx; every other method is swept as usual.
   */
  publicRead?: string;
  /**
   * Set instead of resolve when the parameter does not name a tenant row (nothing of org A to leak), with
   * the reason; the route is then left out of the sweep and listed.
   */
  notTenantScoped?: string;
}

export const ID_SOURCES: IdSource[] = [
  {
    param: 'id',
    under: '/api/oauth/clients',
    resolve: (w) => id(newOAuthClient(w.db, w.orgA, { createdBy: w.a.admin.id })),
  },
  {
    // A grant of org A's patient to an app of org A (what DELETE /api/oauth/authorizations/{grantId} revokes).
    param: 'grantId',
    under: '/api/oauth/authorizations',
    resolve: async (w) => {
      const client = await newOAuthClient(w.db, w.orgA);
      const grantId = `grant-a-${client.id.slice(0, 8)}`;
      await newOAuthArtifact(w.db, {
        model: 'Grant',
        grantId,
        accountId: w.a.patient.id,
        clientId: client.clientId,
        payload: { accountId: w.a.patient.id, clientId: client.clientId, openid: { scope: 'openid' } },
      });
      return grantId;
    },
    readBy: (w) => w.a.patient,
  },
  {
    param: 'userId',
    under: '/api/organization/members',
    resolve: async (w) => w.a.member.id,
  },
  {
    param: 'id',
    under: '/api/api-keys',
    resolve: (w) =>
      id(
        newApiKey(w.db, w.orgA, {
          name: 'org A key',
          scope: ['read', 'write'],
          role: 'admin',
          createdBy: w.a.admin.id,
        }),
      ),
  },
  {
    // An invitation of A to A's member: only its addressee answers it.
    param: 'id',
    under: '/api/me/invitations',
    resolve: (w) => id(newInvitation(w.db, w.orgA, { email: w.a.member.email })),
    readBy: (w) => w.a.member,
  },
  {
    param: 'id',
    under: '/api/me/sessions',
    resolve: (w) => id(newSession(w.db, w.a.admin)),
  },
  {
    param: 'id',
    under: '/api/notifications',
    resolve: (w) =>
      id(
        newNotification(w.db, w.a.member, {
          type: 'appointment_booked',
          title: 'For a member of A',
          message: 'Org A only',
        }),
      ),
    readBy: (w) => w.a.member,
  },
  // Healthcare patient data (own rows of A's patient) and its public catalogs.
  {
    param: 'id',
    under: '/api/measurements',
    resolve: (w) => id(newMeasurement(w.db, w.a.patient, { measurementType: 'weight', value: '70' })),
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/food-logs',
    resolve: (w) => id(newFoodLogEntry(w.db, w.a.patient, { foodName: 'Rice' })),
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/activity-logs',
    resolve: (w) => id(newActivityLogEntry(w.db, w.a.patient, { activityType: 'walking' })),
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/condition-events',
    resolve: (w) => id(newConditionEvent(w.db, w.a.patient, { eventType: 'diagnosed' })),
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/health-goals',
    resolve: (w) => id(newHealthGoal(w.db, w.a.patient, { title: 'Sleep' })),
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/import-sources',
    resolve: (w) => id(newImportSource(w.db, w.a.patient, { sourceName: 'Scale', sourceType: 'device' })),
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/daily-moods',
    resolve: (w) => id(newDailyMood(w.db, w.a.patient, { emotion: 'ok' })),
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/journal-entries',
    resolve: (w) => id(newJournalEntry(w.db, w.a.patient, { content: 'private' })),
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/calendar-events',
    resolve: (w) => id(newCalendarEvent(w.db, w.a.patient, { date: '2031-01-01', title: 'Gym' })),
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/learning-progress',
    resolve: async (w) => {
      const resource = await newLearningResource(w.db, w.orgA, { title: 'Sweep', resourceType: 'article' });
      return id(newLearningProgress(w.db, w.a.patient, { resourceId: resource.id }));
    },
    readBy: (w) => w.a.patient,
  },
  { param: 'patientId', under: '/api/patients', resolve: async (w) => w.a.patient.id },
  {
    param: 'id',
    under: '/api/conditions',
    resolve: (w) => id(newCondition(w.db, w.orgA, { name: 'Of org A' })),
    publicRead: 'a public catalog entry (catalog.md: anyone reads it); only its organization writes it',
  },
  {
    param: 'id',
    under: '/api/treatments',
    resolve: (w) => id(newTreatment(w.db, w.orgA, { name: 'Of org A' })),
    publicRead: 'a public catalog entry (catalog.md: anyone reads it); only its organization writes it',
  },
  {
    param: 'id',
    under: '/api/trials',
    resolve: (w) => id(newTrial(w.db, w.orgA, { title: 'Of org A' })),
    publicRead: 'a public catalog entry (catalog.md: anyone reads it); only its organization writes it',
  },
  {
    param: 'id',
    under: '/api/learning-resources',
    resolve: (w) => id(newLearningResource(w.db, w.orgA, { title: 'Of org A', resourceType: 'article' })),
    publicRead: 'a public catalog entry (catalog.md: anyone reads it); only its organization writes it',
  },
  // Commerce rows of A: a product (public), a patient's cart line, prescription and order.
  {
    param: 'id',
    under: '/api/products',
    resolve: (w) => id(product(w)),
    publicRead: 'a public catalog entry (catalog.md: anyone reads it); only its organization writes it',
  },
  {
    param: 'id',
    under: '/api/cart/items',
    resolve: async (w) => id(newCartItem(w.db, w.a.patient, await product(w))),
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/prescriptions',
    resolve: async (w) => id(newPrescription(w.db, w.a.patient, (await provider(w)).id, await product(w))),
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/orders',
    resolve: async (w) => id(newOrder(w.db, w.a.patient, { lines: [{ product: await product(w) }] })),
    readBy: (w) => w.a.patient,
  },
  // Healthcare scheduling and CRM.
  {
    param: 'id',
    under: '/api/facilities',
    resolve: (w) => id(facility(w)),
    publicRead: 'catalog.md: facilities are public',
  },
  {
    param: 'id',
    under: '/api/chambers',
    resolve: (w) => id(chamber(w)),
    publicRead: 'catalog.md: chambers are public',
  },
  { param: 'id', under: '/api/providers', resolve: (w) => id(provider(w)) },
  { param: 'id', under: '/api/patients', resolve: (w) => id(patient(w)) },
  { param: 'id', under: '/api/bookings', resolve: (w) => id(booking(w)) },
  { param: 'id', under: '/api/contacts', resolve: (w) => id(contact(w)) },
  {
    param: 'id',
    under: '/api/appointments',
    resolve: async (w) =>
      id(
        newAppointment(w.db, w.orgA, {
          contactId: (await contact(w)).id,
          providerId: (await provider(w)).id,
          serviceType: 'consultation',
        }),
      ),
  },
  {
    param: 'id',
    under: '/api/medical-records',
    resolve: async (w) =>
      id(
        newMedicalRecord(w.db, w.orgA, {
          patientId: (await patient(w)).id,
          providerId: (await provider(w)).id,
          bookingId: (await booking(w)).id,
          title: 'Visit',
          content: 'Confidential to A',
        }),
      ),
  },
  {
    param: 'id',
    under: '/api/chamber-schedules',
    resolve: async (w) =>
      id(newChamberSchedule(w.db, w.orgA, { bookingId: (await booking(w)).id, durationMinutes: 60 })),
  },
  {
    param: 'id',
    under: '/api/chamber-maintenance',
    resolve: async (w) => id(newChamberMaintenance(w.db, w.orgA, { chamberId: (await chamber(w)).id })),
  },
  {
    param: 'id',
    under: '/api/alerts',
    resolve: (w) => id(newAlert(w.db, w.a.member, { kind: 'sweep', title: 'For A', message: 'Org A only' })),
    readBy: (w) => w.a.member,
  },
  // Care teams and break-the-glass: the patient record's id (patients.id), entries and grants of A.
  {
    param: 'patientId',
    under: '/api/patients/{patientId}/care-team',
    resolve: (w) => id(patient(w)),
  },
  {
    param: 'patientId',
    under: '/api/patients/{patientId}/break-glass',
    resolve: (w) => id(patient(w)),
  },
  {
    param: 'id',
    under: '/api/care-team',
    resolve: async (w) =>
      id(
        newCareTeamMember(w.db, w.orgA, {
          patientId: (await patient(w)).id,
          providerId: (await provider(w)).id,
        }),
      ),
  },
  {
    param: 'id',
    under: '/api/break-glass',
    resolve: async (w) =>
      id(
        newBreakGlassGrant(w.db, w.orgA, {
          patientId: (await patient(w)).id,
          providerId: (await provider(w)).id,
        }),
      ),
  },
  // Payments.
  { param: 'id', under: '/api/wallets', resolve: (w) => id(wallet(w)), readBy: (w) => w.a.member },
  { param: 'id', under: '/api/invoices', resolve: (w) => id(invoice(w)) },
  { param: 'id', under: '/api/payments', resolve: (w) => id(payment(w)) },
  {
    param: 'id',
    under: '/api/refunds',
    resolve: async (w) =>
      id(newRefund(w.db, await payment(w), { userId: w.a.member.id, amountMinor: '1000', currency: 'EUR' })),
  },
  {
    param: 'id',
    under: '/api/crypto-payments',
    resolve: (w) =>
      id(newCryptoPayment(w.db, w.a.member, { amount: '0.5', currency: 'BTC', txHash: 'a-tx-1' })),
  },
  {
    param: 'id',
    under: '/api/crypto-withdrawals',
    resolve: async (w) =>
      id(newWithdrawal(w.db, await wallet(w), { amount: '1', destinationAddress: 'bc1qaddressofa' })),
  },
  // Instance configuration (no org_id): only the platform organization's admins and ops reach it, which
  // test/instance-config/instance-config.e2e.test.ts checks for other organizations' admins, through the API and RLS.
  ...['module', 'key', 'id'].map((param) => ({
    param,
    under: '/api/instance',
    notTenantScoped: 'instance configuration belongs to the instance, not to an organization',
  })),
  {
    param: 'name',
    under: '/api/jobs',
    notTenantScoped: 'a job name names a scheduled job of the instance, not a row of an organization',
  },
  // AI module: the owners' rows of A.
  {
    param: 'id',
    under: '/api/vector-memories',
    resolve: (w) => id(newVectorMemory(w.db, w.a.member, {}, 256)),
    readBy: (w) => w.a.member,
  },
  {
    param: 'id',
    under: '/api/ai-command-logs',
    resolve: (w) => id(newAiCommandLog(w.db, w.a.member)),
    readBy: (w) => w.a.member,
  },
  {
    param: 'id',
    under: '/api/chat/sessions',
    resolve: (w) => id(once(w, 'chat-session', () => newChatSession(w.db, w.a.member))),
    readBy: (w) => w.a.member,
  },
  {
    param: 'id',
    under: '/api/user-memories',
    resolve: async (w) => {
      await setPlan(w.db, w.a.member, 'pro');
      return id(newUserMemory(w.db, w.a.member));
    },
    readBy: (w) => w.a.member,
  },
  {
    param: 'entryId',
    under: '/api/user-memories/from-journal',
    resolve: (w) => id(newJournalEntry(w.db, w.a.member)),
    readBy: (w) => w.a.member,
  },
  {
    param: 'id',
    under: '/api/ai-doctor/sessions',
    resolve: (w) => id(once(w, 'ai-doctor-session', () => newAiDoctorSession(w.db, w.a.patient))),
    readBy: (w) => w.a.patient,
  },
  {
    param: 'shareId',
    under: '/api/ai-doctor/shares',
    resolve: async (w) =>
      id(
        newAiDoctorSharingPermission(w.db, w.a.patient, {
          sessionId: (await once(w, 'ai-doctor-session', () => newAiDoctorSession(w.db, w.a.patient))).id,
          providerId: (await provider(w)).id,
        }),
      ),
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/patient-insights',
    resolve: (w) => id(newPatientInsight(w.db, w.a.patient)),
    readBy: (w) => w.a.patient,
  },
];

/** Tables whose rows anyone may list (catalog.md: public): their ids in a list are not a leak. */
export const PUBLIC_TABLES = [
  'facilities',
  'chambers',
  'conditions',
  'treatments',
  'trials',
  'learning_resources',
];

/** Request bodies by "METHOD /path", for write routes the schema sampler cannot satisfy. */
export const BODIES: Record<string, unknown> = {
  'PATCH /api/organization/members/{userId}': { role: 'patient' },
  'POST /api/bookings/{id}/reschedule': {
    startsAt: new Date(Date.now() + 50 * 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 50 * 86_400_000 + 3_600_000).toISOString(),
  },
};

/** Query strings by "METHOD /path", where the sampled required query parameters will not do. */
export const QUERIES: Record<string, string> = {
  // Public catalogs are listed per publishing organization; an organization with no entries.
  'GET /api/conditions': '?orgId=00000000-0000-4000-8000-000000000000',
  'GET /api/treatments': '?orgId=00000000-0000-4000-8000-000000000000',
  'GET /api/trials': '?orgId=00000000-0000-4000-8000-000000000000',
  'GET /api/learning-resources': '?orgId=00000000-0000-4000-8000-000000000000',
  'GET /api/products': '?orgId=00000000-0000-4000-8000-000000000000',
};

/** The source for a parameter of a path, or undefined. */
export function sourceFor(path: string, param: string): IdSource | undefined {
  return ID_SOURCES.filter(
    (s) => s.param === param && (path === s.under || path.startsWith(`${s.under}/`)),
  ).sort((x, y) => y.under.length - x.under.length)[0];
}

// Every factory with its defaults, twice where a default must be unique or must not overlap: the defaults are
// valid rows, and rows come back typed as their entities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDb } from './db';
import * as f from './factories';

let db: TestDb;
let org: f.TestOrg;
let patient: f.TestUser;
let provider: f.TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  org = await f.newOrg(db);
  patient = await f.newUser(db, org, 'patient');
  provider = await f.newUser(db, org, 'provider');
});
afterAll(async () => db?.close());

describe('factories', () => {
  it('identity: bare users, sessions, verification tokens and usable API keys', async () => {
    const bare = await f.newBareUser(db, org);
    expect(bare.orgId).toBe(org.id);
    expect(bare.createdAt).toBeInstanceOf(Date);
    expect((await f.newBareUser(db, org)).email).not.toBe(bare.email);
    expect((await f.newSession(db, patient)).userId).toBe(patient.id);
    expect((await f.newVerificationToken(db, patient)).token).toBeTruthy();
    expect(await f.newInvitation(db, org)).toMatchObject({ status: 'pending', role: 'patient' });
    const key = await f.newApiKey(db, org, { scope: ['read', 'write'], role: 'admin' });
    expect(key.key.startsWith(`${key.keyPrefix}_`)).toBe(true);
    expect(key.scope).toEqual(['read', 'write']);
    await f.newApiKey(db, org);
  });

  it('scheduling: default bookings, maintenance and appointments never collide', async () => {
    const chamber = await f.newChamber(db, org);
    expect(chamber.openDays).toEqual([1, 2, 3, 4, 5]);
    const p = await f.newPatient(db, org, { userId: patient.id });
    const dr = await f.newProvider(db, provider);
    const bookings = [];
    for (let i = 0; i < 12; i++)
      bookings.push(
        await f.newBooking(db, org, {
          patientId: p.id,
          chamberId: chamber.id,
          providerId: dr.id,
          status: 'confirmed',
        }),
      );
    expect(bookings[0].startsAt.getTime()).toBeGreaterThan(Date.now());
    expect(bookings[0].endsAt.getTime() - bookings[0].startsAt.getTime()).toBe(3_600_000);
    await f.newChamberMaintenance(db, org, { chamberId: chamber.id });
    await f.newChamberMaintenance(db, org, { chamberId: chamber.id });
    await f.newChamberSchedule(db, org, { bookingId: bookings[0].id });
    await f.newMedicalRecord(db, org, { patientId: p.id, providerId: dr.id, bookingId: bookings[0].id });
    const contact = await f.newContact(db, org, { patientId: p.id });
    await f.newContact(db, org);
    const a = await f.newAppointment(db, org, { contactId: contact.id, providerId: dr.id });
    const b = await f.newAppointment(db, org, { contactId: contact.id, providerId: dr.id });
    expect(b.scheduledAt.getTime()).toBeGreaterThanOrEqual(a.endsAt.getTime());
    await f.newAlert(db, patient);
    await f.newFacility(db, org, { timezone: 'Europe/Berlin' });
  });

  it('a clinic: members with their entries, a chamber in a UTC facility, and an admin elsewhere; twice', async () => {
    for (const name of ['Clinic A', 'Clinic A']) {
      const c = await f.newClinic(db, name);
      expect(c.facility).toMatchObject({ orgId: c.org.id, timezone: 'UTC' });
      expect(c.chamber).toMatchObject({
        facilityId: c.facility.id,
        opensAt: '08:00:00',
        openDays: [1, 2, 3, 4, 5],
      });
      expect(c.providerEntry).toMatchObject({ orgId: c.org.id, userId: c.provider.id });
      expect(c.patientEntry).toMatchObject({ orgId: c.org.id, userId: c.patient.id, mrn: 'MRN-1' });
      expect(c.otherAdmin.orgId).not.toBe(c.org.id);
    }
    expect(new Date(f.clinicAt('09:00')).getUTCDay()).toBe(2);
  });

  it('care teams: an active entry, and an open grant of one hour', async () => {
    const p = await f.newPatient(db, org);
    const dr = await f.newProvider(db, await f.newUser(db, org, 'provider'));
    const entry = await f.newCareTeamMember(db, org, { patientId: p.id, providerId: dr.id });
    expect(entry).toMatchObject({ orgId: org.id, endedAt: null, until: null, grantedBy: null });
    expect(entry.since).toBeInstanceOf(Date);
    const grant = await f.newBreakGlassGrant(db, org, { patientId: p.id, providerId: dr.id });
    expect(grant.expiresAt.getTime() - grant.openedAt.getTime()).toBe(3_600_000);
    expect(grant.closedAt).toBeNull();
  });

  it('patient data: catalogs and own rows', async () => {
    const resource = await f.newLearningResource(db, org);
    await Promise.all([f.newCondition(db, org), f.newTreatment(db, org), f.newTrial(db, org)]);
    await f.newMeasurement(db, patient);
    await f.newFoodLogEntry(db, patient);
    await f.newActivityLogEntry(db, patient);
    await f.newConditionEvent(db, patient);
    await f.newHealthGoal(db, patient);
    await f.newImportSource(db, patient);
    await f.newLearningProgress(db, patient, { resourceId: resource.id });
    await f.newDailyMood(db, patient);
    await f.newJournalEntry(db, patient);
    const event = await f.newCalendarEvent(db, patient);
    expect(event.date).toBe('2031-01-01');
  });

  it('payments: wallets are funded through the ledger; payments, refunds and withdrawals settle', async () => {
    const wallet = await f.newWallet(db, patient, { currency: 'BTC', fund: '5' });
    expect(wallet.balance).toBe('5.00000000');
    const { rows } = await db.owner.query(
      `SELECT sum(amount)::text AS sum FROM public.transactions WHERE wallet_id = $1`,
      [wallet.id],
    );
    expect(rows[0].sum).toBe('5.00000000');
    const withdrawal = await f.newWithdrawal(db, wallet);
    expect(withdrawal.currency).toBe('BTC');
    expect((await f.newWallet(db, patient, { kind: 'fiat' })).currency).toBe('USD');
    const invoice = await f.newInvoice(db, org);
    await f.newInvoice(db, org);
    const payment = await f.newPayment(db, patient, invoice);
    await f.newRefund(db, payment);
    await f.newCryptoPayment(db, patient);
    await f.newCryptoPayment(db, patient, { invoiceId: invoice.id, creditedMinor: '100' });
    await f.newBillingCustomer(db, patient);
    await f.newWebhookEvent(db, org);
    await f.newProcessedWebhookEvent(db, org);
  });

  it('notifications and platform rows', async () => {
    const n = await f.newNotification(db, patient, { channels: ['in_app', 'email'] });
    expect(n.channels).toEqual(['in_app', 'email']);
    await f.newIdempotencyKey(db, patient);
    await f.newJobRun(db);
    await f.newJobRun(db);
    await f.newRateLimitCounter(db);
    const archived = await f.newArchivedAuditLog(db, org);
    expect(archived.orgId).toBe(org.id);
  });

  it('an override naming no column fails loudly', async () => {
    await expect(f.newFacility(db, org, { org: { id: org.id } as never })).rejects.toThrow(
      /no column for the property org/,
    );
  });
});

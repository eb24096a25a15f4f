// The clinic and scheduling API over HTTP: double-booking under concurrency, maintenance windows,
// availability, the provider-patient relationship (the care team) and its end, and another org's 404 on every
// id route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let admin: TestUser;
let provider: TestUser;
let patient: TestUser;
let otherAdmin: TestUser;
const ids: Record<string, string> = {};

/** A Tuesday well in the future; the chamber opens 08:00-18:00 UTC on weekdays (the defaults). */
const DAY = '2031-03-04';
const at = (hhmm: string) => `${DAY}T${hhmm}:00.000Z`;

const ok = <T = any>(res: { status: number; body: T }, status = 200): T => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db, 'Clinic A');
  admin = await newUser(db, org, 'admin');
  provider = await newUser(db, org, 'provider');
  patient = await newUser(db, org, 'patient');
  otherAdmin = await newUser(db, await newOrg(db, 'Clinic B'), 'admin');
  const t = admin.token;
  ids.facility = ok(await api.request('POST', '/api/facilities', { token: t, body: { name: 'Main site', timezone: 'UTC' } }), 201).id;
  ids.chamber = ok(await api.request('POST', '/api/chambers', { token: t, body: { facilityId: ids.facility, name: 'Chamber 1' } }), 201).id;
  ids.provider = ok(
    await api.request('POST', '/api/providers', { token: t, body: { userId: provider.id, displayName: 'Dr Who', specialty: 'HBOT' } }),
    201,
  ).id;
  ids.patient = ok(
    await api.request('POST', '/api/patients', { token: t, body: { userId: patient.id, firstName: 'Pat', lastName: 'Ient', mrn: 'MRN-1' } }),
    201,
  ).id;
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('double-booking', () => {
  it('50 concurrent requests for the same chamber slot: exactly one 201, 49 x 409 that name no booking', async () => {
    const body = { chamberId: ids.chamber, startsAt: at('09:00'), endsAt: at('10:00') };
    const results = await Promise.all(
      Array.from({ length: 50 }, () => api.request('POST', '/api/bookings', { token: patient.token, body })),
    );
    const created = results.filter((r) => r.status === 201);
    const conflicts = results.filter((r) => r.status === 409);
    expect(created).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    expect(created[0].body).toMatchObject({ status: 'confirmed', patientId: ids.patient });
    ids.booking = created[0].body.id;
    for (const c of conflicts) {
      expect(c.body.code).toBe('conflict');
      expect(JSON.stringify(c.body)).not.toContain(ids.booking);
    }
    const { rows } = await db.owner.query(`SELECT count(*)::int AS n FROM bookings WHERE chamber_id = $1 AND status = 'confirmed'`, [ids.chamber]);
    expect(rows[0].n).toBe(1);
  });

  it('an overlapping slot conflicts; a tentative request does not hold the slot until confirmed', async () => {
    const overlap = await api.request('POST', '/api/bookings', {
      token: admin.token,
      body: { patientId: ids.patient, chamberId: ids.chamber, startsAt: at('09:30'), endsAt: at('10:30') },
    });
    expect(overlap.status).toBe(409);
    const tentative = ok(
      await api.request('POST', '/api/bookings', {
        token: admin.token,
        body: { patientId: ids.patient, chamberId: ids.chamber, startsAt: at('09:30'), endsAt: at('10:30'), tentative: true },
      }),
      201,
    );
    expect(tentative.status).toBe('pending');
    expect((await api.request('POST', `/api/bookings/${tentative.id}/confirm`, { token: admin.token })).status).toBe(409);
    ok(await api.request('POST', `/api/bookings/${tentative.id}/cancel`, { token: admin.token, body: { reason: 'taken' } }));
  });

  it('a provider cannot hold two overlapping appointments', async () => {
    // Linking a lead to a patient is an admin's call (a provider may link only patients they already treat).
    const contact = ok(
      await api.request('POST', '/api/contacts', {
        token: admin.token,
        body: { name: 'Pat Ient', phone: '+15550001111', leadScore: 'hot', serviceInterests: ['hbot'], patientId: ids.patient },
      }),
      201,
    );
    ids.contact = contact.id;
    const first = ok(
      await api.request('POST', '/api/appointments', {
        token: admin.token,
        body: { contactId: contact.id, providerId: ids.provider, serviceType: 'consultation', scheduledAt: at('11:00'), durationMinutes: 30 },
      }),
      201,
    );
    ids.appointment = first.id;
    expect(first.endsAt).toBe(at('11:30'));
    const clash = await api.request('POST', '/api/appointments', {
      token: admin.token,
      body: { contactId: contact.id, providerId: ids.provider, serviceType: 'follow-up', scheduledAt: at('11:15') },
    });
    expect(clash.status).toBe(409);
    // The patient linked to the contact reads the appointment; contacts stay staff-only.
    ok(await api.request('GET', `/api/appointments/${first.id}`, { token: patient.token }));
    expect((await api.request('GET', `/api/contacts/${contact.id}`, { token: patient.token })).status).toBe(403);
  });
});

describe('maintenance and availability', () => {
  it('a maintenance window blocks bookings, and cannot be laid over a confirmed booking', async () => {
    ids.maintenance = ok(
      await api.request('POST', '/api/chamber-maintenance', {
        token: admin.token,
        body: { chamberId: ids.chamber, startsAt: at('14:00'), endsAt: at('15:00'), kind: 'inspection' },
      }),
      201,
    ).id;
    const blocked = await api.request('POST', '/api/bookings', {
      token: patient.token,
      body: { chamberId: ids.chamber, startsAt: at('14:30'), endsAt: at('15:30') },
    });
    expect(blocked.status).toBe(409);
    const over = await api.request('POST', '/api/chamber-maintenance', {
      token: admin.token,
      body: { chamberId: ids.chamber, startsAt: at('09:00'), endsAt: at('09:30') },
    });
    expect(over.status).toBe(409);
    // The patient cannot see the maintenance calendar at all.
    expect((await api.request('GET', `/api/chamber-maintenance/${ids.maintenance}`, { token: patient.token })).status).toBe(403);
    const outside = await api.request('POST', '/api/bookings', {
      token: patient.token,
      body: { chamberId: ids.chamber, startsAt: at('17:30'), endsAt: at('18:30') },
    });
    expect(outside.status).toBe(422);
  });

  it('chamber availability excludes the booked and the maintenance slots, and shows no one else\'s booking', async () => {
    const res = ok(await api.request('GET', `/api/chambers/${ids.chamber}/availability?date=${DAY}&slotMinutes=60`, { token: patient.token }));
    const starts = res.slots.map((s: { startsAt: string }) => new Date(s.startsAt).toISOString().slice(11, 16));
    expect(starts).toEqual(['08:00', '10:00', '11:00', '12:00', '13:00', '15:00', '16:00', '17:00']);
    expect(Object.keys(res.slots[0]).sort()).toEqual(['endsAt', 'startsAt']);
    const weekend = ok(await api.request('GET', `/api/chambers/${ids.chamber}/availability?date=2031-03-08`, { token: patient.token }));
    expect(weekend.slots).toEqual([]);
  });

  it('provider availability excludes appointments and their confirmed bookings', async () => {
    const res = ok(await api.request('GET', `/api/providers/${ids.provider}/availability?date=${DAY}&slotMinutes=30`, { token: patient.token }));
    const starts = res.slots.map((s: { startsAt: string }) => new Date(s.startsAt).toISOString().slice(11, 16));
    expect(starts).toContain('09:00');
    expect(starts).not.toContain('11:00');
    expect(starts).toContain('11:30');
  });
});

describe('the provider-patient relationship', () => {
  // Issue 15, finding 1: this test used to assert that a booking, an appointment or an authored record made the
  // provider treating. That was the finding; access now follows the care team only.
  it("a provider reads a patient only while on the patient's care team; bookings, appointments and records do not count", async () => {
    const get = () => api.request('GET', `/api/patients/${ids.patient}`, { token: provider.token });
    const treats = async () => {
      const claims = provider.claims;
      return db.tx.run(claims, async (m) => (await m.query(`SELECT app_private.provider_treats($1) AS t`, [patient.id]))[0].t as boolean);
    };
    // The appointment with the provider (through the contact) does not make them treating.
    expect((await get()).status).toBe(404);
    expect(await treats()).toBe(false);
    expect((await api.request('GET', '/api/patients', { token: provider.token })).body.items).toEqual([]);

    // Nor does a booking with them; they read the booking that names them, and write no record.
    const booking = ok(
      await api.request('POST', '/api/bookings', {
        token: admin.token,
        body: { patientId: ids.patient, chamberId: ids.chamber, providerId: ids.provider, startsAt: at('12:00'), endsAt: at('13:00') },
      }),
      201,
    );
    expect((await get()).status).toBe(404);
    expect(await treats()).toBe(false);
    ok(await api.request('GET', `/api/bookings/${booking.id}`, { token: provider.token }));
    const early = await api.request('POST', '/api/medical-records', {
      token: provider.token,
      body: { patientId: ids.patient, title: 'Pre-session check', content: 'Ears clear', bookingId: booking.id },
    });
    expect(early.status).toBe(403);

    // The admin puts them on the care team: they read the patient and write a record.
    const entry = ok(
      await api.request('POST', `/api/patients/${ids.patient}/care-team`, {
        token: admin.token,
        body: { providerId: ids.provider, reason: 'HBOT course' },
      }),
      201,
    );
    expect((await get()).status).toBe(200);
    expect(await treats()).toBe(true);
    const record = ok(
      await api.request('POST', '/api/medical-records', {
        token: provider.token,
        body: { patientId: ids.patient, title: 'Pre-session check', content: 'Ears clear', bookingId: booking.id },
      }),
      201,
    );
    expect(record.providerId).toBe(ids.provider);
    ok(await api.request('GET', `/api/medical-records/${record.id}`, { token: patient.token }));

    // Cancelling the booking changes nothing; ending the care-team entry ends access at once, the authored
    // record notwithstanding.
    ok(await api.request('POST', `/api/bookings/${booking.id}/cancel`, { token: patient.token }));
    expect(ok(await api.request('GET', `/api/bookings/${booking.id}`, { token: provider.token })).status).toBe('cancelled');
    expect((await get()).status).toBe(200);
    ok(await api.request('DELETE', `/api/care-team/${entry.id}`, { token: admin.token }));
    expect((await get()).status).toBe(404);
    expect(await treats()).toBe(false);
    const write = await api.request('POST', '/api/medical-records', {
      token: provider.token,
      body: { patientId: ids.patient, title: 'Late note', content: 'x' },
    });
    expect(write.status).toBe(403);
  });

  it('the patient hears about their booking changes through alerts', async () => {
    const list = ok(await api.request('GET', '/api/alerts?unread=true', { token: patient.token }));
    const kinds = list.items.map((a: { kind: string }) => a.kind);
    expect(kinds).toContain('booking_confirmed');
    expect(kinds).toContain('booking_cancelled');
    const read = ok(await api.request('POST', `/api/alerts/${list.items[0].id}/read`, { token: patient.token }));
    expect(read.readAt).not.toBeNull();
    ids.alert = read.id;
    expect((await api.request('GET', `/api/alerts/${ids.alert}`, { token: provider.token })).status).toBe(404);
  });

  it('a patient changes only their own contact details', async () => {
    ok(await api.request('PATCH', `/api/patients/${ids.patient}`, { token: patient.token, body: { phone: '+441234' } }));
    const denied = await api.request('PATCH', `/api/patients/${ids.patient}`, { token: patient.token, body: { lastName: 'Other' } });
    expect(denied.status).toBe(403);
  });
});

describe('another organization', () => {
  it('gets 404 on every id route (public catalog reads excepted)', async () => {
    ids.schedule = ok(
      await api.request('POST', '/api/chamber-schedules', { token: admin.token, body: { bookingId: ids.booking, durationMinutes: 60, pressureAta: 2.4 } }),
      201,
    ).id;
    ids.record = ok(
      await api.request('POST', '/api/medical-records', {
        token: admin.token,
        body: { patientId: ids.patient, providerId: ids.provider, title: 'Summary', content: 'Fine' },
      }),
      201,
    ).id;
    const t = otherAdmin.token;
    const routes: Array<[string, string, unknown?]> = [
      ['PATCH', `/api/facilities/${ids.facility}`, { name: 'x' }],
      ['DELETE', `/api/facilities/${ids.facility}`],
      ['PATCH', `/api/chambers/${ids.chamber}`, { name: 'x' }],
      ['DELETE', `/api/chambers/${ids.chamber}`],
      ['GET', `/api/chambers/${ids.chamber}/availability?date=${DAY}`],
      ['GET', `/api/chamber-maintenance/${ids.maintenance}`],
      ['PATCH', `/api/chamber-maintenance/${ids.maintenance}`, { reason: 'x' }],
      ['DELETE', `/api/chamber-maintenance/${ids.maintenance}`],
      ['GET', `/api/chamber-schedules/${ids.schedule}`],
      ['PATCH', `/api/chamber-schedules/${ids.schedule}`, { notes: 'x' }],
      ['DELETE', `/api/chamber-schedules/${ids.schedule}`],
      ['GET', `/api/providers/${ids.provider}`],
      ['GET', `/api/providers/${ids.provider}/availability?date=${DAY}`],
      ['PATCH', `/api/providers/${ids.provider}`, { bio: 'x' }],
      ['DELETE', `/api/providers/${ids.provider}`],
      ['GET', `/api/patients/${ids.patient}`],
      ['PATCH', `/api/patients/${ids.patient}`, { phone: 'x' }],
      ['DELETE', `/api/patients/${ids.patient}`],
      ['GET', `/api/medical-records/${ids.record}`],
      ['PATCH', `/api/medical-records/${ids.record}`, { title: 'x' }],
      ['DELETE', `/api/medical-records/${ids.record}`],
      ['GET', `/api/bookings/${ids.booking}`],
      ['PATCH', `/api/bookings/${ids.booking}`, { notes: 'x' }],
      ['POST', `/api/bookings/${ids.booking}/confirm`],
      ['POST', `/api/bookings/${ids.booking}/cancel`, {}],
      ['POST', `/api/bookings/${ids.booking}/reschedule`, { startsAt: at('15:00'), endsAt: at('16:00') }],
      ['POST', `/api/bookings/${ids.booking}/complete`],
      ['DELETE', `/api/bookings/${ids.booking}`],
      ['GET', `/api/alerts/${ids.alert}`],
      ['POST', `/api/alerts/${ids.alert}/read`],
      ['DELETE', `/api/alerts/${ids.alert}`],
      ['GET', `/api/contacts/${ids.contact}`],
      ['PATCH', `/api/contacts/${ids.contact}`, { notes: 'x' }],
      ['DELETE', `/api/contacts/${ids.contact}`],
      ['GET', `/api/appointments/${ids.appointment}`],
      ['PATCH', `/api/appointments/${ids.appointment}`, { notes: 'x' }],
      ['POST', `/api/appointments/${ids.appointment}/confirm`],
      ['POST', `/api/appointments/${ids.appointment}/cancel`],
      ['POST', `/api/appointments/${ids.appointment}/reschedule`, { scheduledAt: at('16:00') }],
      ['POST', `/api/appointments/${ids.appointment}/complete`],
      ['POST', `/api/appointments/${ids.appointment}/no-show`],
      ['DELETE', `/api/appointments/${ids.appointment}`],
    ];
    const wrong: string[] = [];
    for (const [method, path, body] of routes) {
      const res = await api.request(method, path, { token: t, body });
      if (res.status !== 404) wrong.push(`${method} ${path} -> ${res.status}`);
    }
    expect(wrong).toEqual([]);
    // Facilities and chambers are public catalogs: readable by anyone, anonymous included.
    expect((await api.request('GET', `/api/facilities/${ids.facility}`, { token: t })).status).toBe(200);
    expect((await api.request('GET', `/api/chambers/${ids.chamber}`)).status).toBe(200);
    // Nothing changed for org A.
    ok(await api.request('GET', `/api/bookings/${ids.booking}`, { token: admin.token }));
  });
});

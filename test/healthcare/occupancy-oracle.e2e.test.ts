// Issue 15, finding 4: an outsider must not learn whether another organization's chamber, provider or
// booking is busy. Creating a row that names another organization's chamber (or provider, or booking) gives
// the same answer for a busy and a free slot: the reference does not exist in the caller's organization.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, type ApiCall } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import {
  newAppointment,
  newBooking,
  newChamber,
  newChamberSchedule,
  newContact,
  newOrg,
  newPatient,
  newProvider,
  newUser,
  type TestUser,
} from '../support/factories';
import { nextAppointmentStart, nextBookingWindow } from '../support/factories/rows';

let db: TestDb;
let api: TestApp;
let outsider: TestUser;
const ids: Record<string, string> = {};
const busy = nextBookingWindow();
const free = nextBookingWindow();
const busyAppointment = nextAppointmentStart();
const freeAppointment = nextAppointmentStart();

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const home = await newOrg(db, 'Clinic Home');
  const other = await newOrg(db, 'Clinic Outside');
  const providerUser = await newUser(db, home, 'provider');
  const chamber = await newChamber(db, home);
  const patient = await newPatient(db, home);
  const provider = await newProvider(db, providerUser);
  const contact = await newContact(db, home);
  const booking = await newBooking(db, home, {
    patientId: patient.id,
    chamberId: chamber.id,
    status: 'confirmed',
    ...busy,
  });
  const bare = await newBooking(db, home, { patientId: patient.id, chamberId: chamber.id });
  await newChamberSchedule(db, home, { bookingId: booking.id, sequence: 1 });
  await newAppointment(db, home, {
    contactId: contact.id,
    providerId: provider.id,
    scheduledAt: busyAppointment,
  });
  Object.assign(ids, { chamber: chamber.id, provider: provider.id, booking: booking.id, bare: bare.id });

  outsider = await newUser(db, other, 'admin');
  ids.outsiderPatient = (await newPatient(db, other)).id;
  ids.outsiderContact = (await newContact(db, other)).id;
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

/** Status, problem code and detail: everything an outsider can compare. */
async function answer(call: ApiCall): Promise<[number, string | undefined, string | undefined]> {
  const res = await call(apiClient(api, outsider.token));
  return [res.response.status, res.error?.code, res.error?.detail];
}

const iso = (w: { startsAt: Date; endsAt: Date }) => ({
  startsAt: w.startsAt.toISOString(),
  endsAt: w.endsAt.toISOString(),
});

describe("another organization's occupancy is not observable", () => {
  it("a booking on another organization's chamber answers the same for a busy and a free slot", async () => {
    const at = (w: { startsAt: Date; endsAt: Date }) =>
      answer((a) =>
        a.POST('/api/bookings', {
          body: { patientId: ids.outsiderPatient, chamberId: ids.chamber, ...iso(w) },
        }),
      );
    const onBusy = await at(busy);
    expect(onBusy).toEqual(await at(free));
    expect(onBusy[2]).toMatch(/does not exist/);
  });

  it("an appointment with another organization's provider answers the same for a busy and a free time", async () => {
    const at = (scheduledAt: Date) =>
      answer((a) =>
        a.POST('/api/appointments', {
          body: {
            contactId: ids.outsiderContact,
            providerId: ids.provider,
            serviceType: 'consultation',
            scheduledAt: scheduledAt.toISOString(),
          },
        }),
      );
    const onBusy = await at(busyAppointment);
    expect(onBusy).toEqual(await at(freeAppointment));
    expect(onBusy[2]).toMatch(/does not exist/);
  });

  it("a plan step on another organization's booking answers the same whether the step exists or not", async () => {
    const on = (bookingId: string) =>
      answer((a) =>
        a.POST('/api/chamber-schedules', { body: { bookingId, sequence: 1, durationMinutes: 60 } }),
      );
    const taken = await on(ids.booking);
    expect(taken).toEqual(await on(ids.bare));
    expect(taken[2]).toMatch(/does not exist/);
  });
});

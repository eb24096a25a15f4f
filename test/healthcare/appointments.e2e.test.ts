// CRM appointments over HTTP: a provider never holds two overlapping appointments, the patient linked to the
// contact reads theirs, and another organization gets 404 on every appointment id route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, callsNotAnswering, expectOk, expectStatus, type ApiCall } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { clinicAt as at, newClinic, type TestClinic, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let c: TestClinic;
const ids: Record<string, string> = {};

const as = (user: TestUser) => apiClient(api, user.token);
const byId = (id: string) => ({ params: { path: { id } } });

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  c = await newClinic(db);
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('double-booking', () => {
  it('a provider cannot hold two overlapping appointments', async () => {
    // Linking a lead to a patient is an admin's call (a provider may link only patients they already treat).
    const contact = expectOk(
      await as(c.admin).POST('/api/contacts', {
        body: {
          name: 'Pat Ient',
          phone: '+15550001111',
          leadScore: 'hot',
          serviceInterests: ['hbot'],
          patientId: c.patientEntry.id,
        },
      }),
      201,
    );
    const first = expectOk(
      await as(c.admin).POST('/api/appointments', {
        body: {
          contactId: contact.id,
          providerId: c.providerEntry.id,
          serviceType: 'consultation',
          scheduledAt: at('11:00'),
          durationMinutes: 30,
        },
      }),
      201,
    );
    ids.appointment = first.id;
    expect(first.endsAt).toBe(at('11:30'));
    const clash = await as(c.admin).POST('/api/appointments', {
      body: {
        contactId: contact.id,
        providerId: c.providerEntry.id,
        serviceType: 'follow-up',
        scheduledAt: at('11:15'),
      },
    });
    expectStatus(clash, 409);
    // The patient linked to the contact reads the appointment; contacts stay staff-only.
    expectOk(await as(c.patient).GET('/api/appointments/{id}', byId(first.id)), 200);
    expectStatus(await as(c.patient).GET('/api/contacts/{id}', byId(contact.id)), 403);
  });
});

describe('another organization', () => {
  it('gets 404 on every appointment id route', async () => {
    const id = byId(ids.appointment);
    const calls: Array<[string, ApiCall]> = [
      ['GET /api/appointments/{id}', (a) => a.GET('/api/appointments/{id}', id)],
      [
        'PATCH /api/appointments/{id}',
        (a) => a.PATCH('/api/appointments/{id}', { ...id, body: { notes: 'x' } }),
      ],
      ['POST /api/appointments/{id}/confirm', (a) => a.POST('/api/appointments/{id}/confirm', id)],
      ['POST /api/appointments/{id}/cancel', (a) => a.POST('/api/appointments/{id}/cancel', id)],
      [
        'POST /api/appointments/{id}/reschedule',
        (a) => a.POST('/api/appointments/{id}/reschedule', { ...id, body: { scheduledAt: at('16:00') } }),
      ],
      ['POST /api/appointments/{id}/complete', (a) => a.POST('/api/appointments/{id}/complete', id)],
      ['POST /api/appointments/{id}/no-show', (a) => a.POST('/api/appointments/{id}/no-show', id)],
      ['DELETE /api/appointments/{id}', (a) => a.DELETE('/api/appointments/{id}', id)],
    ];
    expect(await callsNotAnswering(as(c.otherAdmin), calls, 404)).toEqual([]);
  });
});

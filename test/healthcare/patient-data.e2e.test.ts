// The patient-data routes over HTTP: own data, goals with progress, encrypted import tokens, treating
// providers' reads that end with the relationship, journals that no provider sees, public catalogs, and
// 404 for members of another organization on every id route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox, importTokenAad } from '../../src/modules/healthcare/patient-data/secret-box';
import { sqlFor } from '../../src/common/database/sql';
import {
  apiClient,
  callsNotAnswering,
  expectOk,
  expectStatus,
  type ApiCall,
  type ApiClient,
  type ApiResult,
} from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import {
  newBooking,
  newCareTeamMember,
  newChamber,
  newMedicalRecord,
  newOrg,
  newPatient,
  newProvider,
  newUser,
  type TestOrg,
  type TestUser,
} from '../support/factories';

let db: TestDb;
let api: TestApp;
let orgA: TestOrg;
let patient: TestUser;
let otherPatient: TestUser;
let provider: TestUser;
let admin: TestUser;
let research: TestUser;
let bPatient: TestUser;
let bProvider: TestUser;
let bAdmin: TestUser;

const one = async (text: string, params: unknown[]) => (await db.owner.query(text, params)).rows[0];
const as = (user: TestUser): ApiClient => apiClient(api, user.token);
const byId = (id: string) => ({ params: { path: { id } } });

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  orgA = await newOrg(db, 'Org A');
  const orgB = await newOrg(db, 'Org B');
  patient = await newUser(db, orgA, 'patient');
  otherPatient = await newUser(db, orgA, 'patient');
  provider = await newUser(db, orgA, 'provider');
  admin = await newUser(db, orgA, 'admin');
  research = await newUser(db, orgA, 'research_partner');
  bPatient = await newUser(db, orgB, 'patient');
  bProvider = await newUser(db, orgB, 'provider');
  bAdmin = await newUser(db, orgB, 'admin');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('own clinical data', () => {
  it('creates, lists with filters and pages, updates and deletes own measurements; decimals are strings', async () => {
    const ids: string[] = [];
    for (const [type, value] of [
      ['weight', '72.50'],
      ['weight', '72.1'],
      ['glucose', '5.4'],
      ['weight', '71.9'],
    ]) {
      const res = await as(patient).POST('/api/measurements', {
        body: { measurementType: type, value, unit: 'kg' },
      });
      const created = expectOk(res, 201);
      expect(created).toMatchObject({
        patientId: patient.id,
        orgId: orgA.id,
        measurementType: type,
        source: 'manual',
      });
      expect(typeof created.value).toBe('string');
      ids.push(created.id);
    }
    // A number for a decimal string and an unknown property: outside the contract, so untyped on purpose.
    expect(
      (
        await api.request('POST', '/api/measurements', {
          token: patient.token,
          body: { measurementType: 'weight', value: 72.5 },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await api.request('POST', '/api/measurements', {
          token: patient.token,
          body: { measurementType: 'weight', value: '1', patientId: otherPatient.id },
        })
      ).status,
    ).toBe(400);

    const weights = (cursor?: string) =>
      as(patient).GET('/api/measurements', {
        params: { query: { measurementType: 'weight', limit: 2, cursor } },
      });
    const p1 = expectOk(await weights(), 200);
    expect(p1.items).toHaveLength(2);
    expect(p1.items[0].value).toBe('71.9');
    const p2 = expectOk(await weights(p1.nextCursor!), 200);
    expect(p2.items.map((m) => m.value)).toEqual(['72.50']);
    expect(p2.nextCursor).toBeNull();

    const upd = await as(patient).PATCH('/api/measurements/{id}', {
      ...byId(ids[0]),
      body: { value: '73.25', notes: 'after lunch' },
    });
    expect(expectOk(upd, 200)).toMatchObject({ value: '73.25', notes: 'after lunch' });
    expectStatus(await as(patient).DELETE('/api/measurements/{id}', byId(ids[2])), 204);
    expectStatus(await as(patient).GET('/api/measurements/{id}', byId(ids[2])), 404);

    // Another patient of the same org neither sees nor changes them.
    expectStatus(await as(otherPatient).GET('/api/measurements/{id}', byId(ids[0])), 404);
    expectStatus(
      await as(otherPatient).PATCH('/api/measurements/{id}', { ...byId(ids[0]), body: { value: '1' } }),
      404,
    );
    expect((await as(otherPatient).GET('/api/measurements')).data?.items).toEqual([]);
    // Providers and research partners have no own-data routes here.
    expectStatus(await as(research).GET('/api/measurements'), 403);
  });

  it('computes goal progress as a decimal string, with or without a baseline', async () => {
    const up = await as(patient).POST('/api/health-goals', {
      body: { title: 'Steps', targetValue: '10000', currentValue: '6500', unit: 'steps' },
    });
    expect(expectOk(up, 201)).toMatchObject({
      progressPercent: '65.00',
      status: 'active',
      targetValue: '10000',
      currentValue: '6500',
    });
    const down = await as(patient).POST('/api/health-goals', {
      body: { title: 'Weight', baselineValue: '90', targetValue: '80', currentValue: '87.5', unit: 'kg' },
    });
    expect(down.data?.progressPercent).toBe('25.00');
    const over = await as(patient).PATCH('/api/health-goals/{id}', {
      ...byId(down.data!.id),
      body: { currentValue: '78' },
    });
    expect(over.data?.progressPercent).toBe('100.00');
    const none = await as(patient).POST('/api/health-goals', { body: { title: 'Feel better' } });
    expect(none.data?.progressPercent).toBeNull();
    const list = await as(patient).GET('/api/health-goals', { params: { query: { status: 'active' } } });
    expect(list.data?.items.map((g) => g.progressPercent)).toEqual([null, '100.00', '65.00']);
  });
});

describe('import sources', () => {
  it('stores the auth token encrypted and never returns it, not even to the owner', async () => {
    const token = 'fitbit-secret-token-0123456789';
    const created = await as(patient).POST('/api/import-sources', {
      body: { sourceName: 'Fitbit', sourceType: 'wearable', authToken: token },
    });
    expect(expectOk(created, 201).hasToken).toBe(true);
    expect(created.data).not.toHaveProperty('authToken');
    const id = created.data!.id;

    const stored = await one(`SELECT auth_token FROM patient_data_import_sources WHERE id = $1`, [id]);
    expect(stored.auth_token).not.toContain(token);
    expect(stored.auth_token).toMatch(/^v1\./);
    expect(new SecretBox(db.config.DATA_ENCRYPTION_KEY).open(stored.auth_token, importTokenAad(id))).toBe(
      token,
    );

    const responses: ApiResult[] = [
      created,
      await as(patient).GET('/api/import-sources/{id}', byId(id)),
      await as(patient).GET('/api/import-sources'),
      await as(patient).PATCH('/api/import-sources/{id}', { ...byId(id), body: { status: 'paused' } }),
    ];
    for (const res of responses) {
      expect(res.response.status).toBeLessThan(300);
      const text = JSON.stringify(res.data);
      expect(text).not.toContain(token);
      expect(text).not.toContain(stored.auth_token);
      expect(text).not.toMatch(/authToken|auth_token/);
    }

    const rotated = await as(patient).PATCH('/api/import-sources/{id}', {
      ...byId(id),
      body: { authToken: 'rotated-token-abc' },
    });
    expect(rotated.data?.hasToken).toBe(true);
    const after = await one(`SELECT auth_token FROM patient_data_import_sources WHERE id = $1`, [id]);
    expect(after.auth_token).not.toBe(stored.auth_token);
    expect(new SecretBox(db.config.DATA_ENCRYPTION_KEY).open(after.auth_token, importTokenAad(id))).toBe(
      'rotated-token-abc',
    );
    const cleared = await as(patient).PATCH('/api/import-sources/{id}', {
      ...byId(id),
      body: { authToken: null },
    });
    expect(cleared.data?.hasToken).toBe(false);
    expect(
      (await one(`SELECT auth_token FROM patient_data_import_sources WHERE id = $1`, [id])).auth_token,
    ).toBeNull();
  });

  it('gives request roles no SELECT on the auth_token column', async () => {
    await expect(
      db.tx.run(patient.claims, async (manager) =>
        sqlFor(manager.queryRunner!).rows(`SELECT auth_token FROM public.patient_data_import_sources`),
      ),
    ).rejects.toMatchObject({ code: '42501' });
  });
});

describe('treating providers', () => {
  let patientRowId: string;
  let providerRowId: string;

  beforeAll(async () => {
    providerRowId = (await newProvider(db, provider, { displayName: 'Dr A' })).id;
    patientRowId = (await newPatient(db, orgA, { userId: patient.id, firstName: 'Pat', lastName: 'A' })).id;
    const p = as(patient);
    expectStatus(
      await p.POST('/api/food-logs', { body: { foodName: 'Porridge', calories: 300, protein: '10.5' } }),
      201,
    );
    expectStatus(
      await p.POST('/api/activity-logs', {
        body: { activityType: 'walking', duration: 45, intensity: 'moderate' },
      }),
      201,
    );
    expectStatus(
      await p.POST('/api/condition-events', { body: { eventType: 'flare_up', severity: 4 } }),
      201,
    );
  });

  /** A provider's reads of a patient's data: measurements, food, activity, condition events, goals. */
  const readAll = async (who: TestUser, patientUserId = patient.id) => {
    const a = as(who);
    const path = { params: { path: { patientId: patientUserId } } };
    return Promise.all([
      a.GET('/api/patients/{patientId}/measurements', path),
      a.GET('/api/patients/{patientId}/food-logs', path),
      a.GET('/api/patients/{patientId}/activity-logs', path),
      a.GET('/api/patients/{patientId}/condition-events', path),
      a.GET('/api/patients/{patientId}/health-goals', path),
    ]);
  };

  it('a provider without a relationship gets 404', async () => {
    for (const res of await readAll(provider)) expectStatus(res, 404);
  });

  // Issue 15, finding 1: these tests used to assert that a medical record or a live booking made the provider
  // treating. That was the finding; access now follows the care team only.
  it('reads while on the care team, and loses access when the entry ends', async () => {
    const entry = await newCareTeamMember(db, orgA, { patientId: patientRowId, providerId: providerRowId });
    const reads = await readAll(provider);
    for (const res of reads) expectStatus(res, 200);
    const measurements = reads[0].data!.items;
    expect(measurements.length).toBeGreaterThan(0);
    expect(measurements.every((m) => m.patientId === patient.id)).toBe(true);
    expect(reads[4].data!.items[0]).toHaveProperty('progressPercent');
    // Only that patient: another patient of the org stays closed.
    for (const res of await readAll(provider, otherPatient.id)) expectStatus(res, 404);
    // The provider still writes nothing and has no route to the patient's own endpoints.
    expectStatus(await as(provider).GET('/api/measurements/{id}', byId(measurements[0].id)), 403);
    // The same provider role in another org never reaches org A's patient.
    for (const res of await readAll(bProvider)) expectStatus(res, 404);

    await db.owner.query(`UPDATE care_team_members SET ended_at = now() WHERE id = $1`, [entry.id]);
    for (const res of await readAll(provider)) expectStatus(res, 404);
  });

  it('a medical record they wrote or a confirmed booking with them does not make them treating', async () => {
    await newMedicalRecord(db, orgA, {
      patientId: patientRowId,
      providerId: providerRowId,
      title: 'Visit',
      content: 'Notes',
    });
    const chamber = await newChamber(db, orgA, {
      name: 'C1',
      opensAt: '00:00',
      closesAt: '00:00',
      openDays: [1, 2, 3, 4, 5, 6, 7],
    });
    await newBooking(db, orgA, {
      patientId: patientRowId,
      chamberId: chamber.id,
      providerId: providerRowId,
      startsAt: new Date('2031-05-05T09:00:00Z'),
      endsAt: new Date('2031-05-05T10:00:00Z'),
      status: 'confirmed',
    });
    for (const res of await readAll(provider)) expectStatus(res, 404);
  });
});

describe('companion app: moods, journal, calendar', () => {
  it('keeps journals and moods to their owner, even from a treating provider', async () => {
    const entry = expectOk(
      await as(patient).POST('/api/journal-entries', {
        body: {
          title: 'Tuesday',
          content: 'Felt anxious before the visit',
          tags: ['visit', 'anxiety'],
          date: '2031-05-05',
        },
      }),
      201,
    );
    expect(entry).toMatchObject({ date: '2031-05-05', tags: ['visit', 'anxiety'], userId: patient.id });
    const mood = expectOk(
      await as(patient).POST('/api/daily-moods', {
        body: { emotion: 'anxious', intensity: 7, fruit: 'lemon' },
      }),
      201,
    );

    // A provider who treats the patient (on the care team) still sees neither.
    const providerRow = await one(`SELECT id FROM providers WHERE user_id = $1`, [provider.id]);
    const patientRow = await one(`SELECT id FROM patients WHERE user_id = $1`, [patient.id]);
    await newCareTeamMember(db, orgA, { patientId: patientRow.id, providerId: providerRow.id });
    expectStatus(
      await as(provider).GET('/api/patients/{patientId}/measurements', {
        params: { path: { patientId: patient.id } },
      }),
      200,
    );
    expectStatus(await as(provider).GET('/api/journal-entries/{id}', byId(entry.id)), 404);
    expectStatus(await as(provider).GET('/api/daily-moods/{id}', byId(mood.id)), 404);
    expect((await as(provider).GET('/api/journal-entries')).data?.items).toEqual([]);
    for (const who of [provider, admin, research]) {
      const seen = await db.tx.run(who.claims, async (manager) => {
        const q = sqlFor(manager.queryRunner!);
        return [
          ...(await q.rows(`SELECT id FROM public.journal_entries`)),
          ...(await q.rows(`SELECT id FROM public.daily_moods`)),
          ...(await q.rows(`SELECT id FROM public."JournalEntry"`)),
          ...(await q.rows(`SELECT id FROM public."DailyMood"`)),
        ];
      });
      expect(seen).toEqual([]);
    }
    // The compatibility views show the owner's rows with camelCase columns.
    const own = await db.tx.run(patient.claims, async (manager) =>
      sqlFor(manager.queryRunner!).rows(`SELECT id, "userId", tags, "createdAt" FROM public."JournalEntry"`),
    );
    expect(own).toEqual([
      expect.objectContaining({ id: entry.id, userId: patient.id, tags: ['visit', 'anxiety'] }),
    ]);

    const tagged = (tag: string) => as(patient).GET('/api/journal-entries', { params: { query: { tag } } });
    expect((await tagged('anxiety')).data?.items.map((e) => e.id)).toEqual([entry.id]);
    expect((await tagged('none')).data?.items).toEqual([]);
  });

  it('keeps calendar events with times and coordinates as strings', async () => {
    const ev = expectOk(
      await as(provider).POST('/api/calendar-events', {
        body: {
          date: '2031-06-01',
          startTime: '09:30',
          endTime: '10:15',
          title: 'Run',
          locationLat: '48.8566',
          locationLng: '2.3522',
          intensity: 5,
        },
      }),
      201,
    );
    expect(ev).toMatchObject({
      date: '2031-06-01',
      startTime: '09:30',
      endTime: '10:15',
      locationLat: '48.856600',
      userId: provider.id,
    });
    expectStatus(await as(patient).GET('/api/calendar-events/{id}', byId(ev.id)), 404);
    expectStatus(
      await as(provider).POST('/api/calendar-events', {
        body: { date: '2031-06-01', title: 'x', startTime: '25:00' },
      }),
      400,
    );
  });
});

describe('public catalogs', () => {
  it('anyone reads; providers and admins of the owning org write; patients may not', async () => {
    const cond = expectOk(
      await as(provider).POST('/api/conditions', {
        body: { name: 'Asthma', code: 'J45', codeSystem: 'ICD-10' },
      }),
      201,
    );
    expect(cond).toMatchObject({ orgId: orgA.id, createdBy: provider.id });
    const treat = expectOk(
      await as(admin).POST('/api/treatments', {
        body: {
          name: 'Inhaler',
          conditionId: cond.id,
          manufacturer: 'Acme Pharma',
          sourceVerificationMethod: 'batch certificate',
          regulatoryStatus: 'approved',
        },
      }),
      201,
    );
    expect(treat).toMatchObject({
      manufacturer: 'Acme Pharma',
      sourceVerificationMethod: 'batch certificate',
      regulatoryStatus: 'approved',
    });
    expectStatus(await as(patient).POST('/api/conditions', { body: { name: 'x' } }), 403);

    const anonymous = apiClient(api);
    const anonList = expectOk(
      await anonymous.GET('/api/conditions', { params: { query: { orgId: orgA.id, q: 'asth' } } }),
      200,
    );
    expect(anonList.items.map((c) => c.id)).toEqual([cond.id]);
    expect((await anonymous.GET('/api/treatments/{id}', byId(treat.id))).data?.conditionId).toBe(cond.id);

    // A condition of another org cannot be referenced (composite key): 409, nothing revealed.
    const bCond = await as(bAdmin).POST('/api/conditions', { body: { name: 'B condition' } });
    const cross = await as(provider).POST('/api/treatments', {
      body: { name: 'x', conditionId: bCond.data!.id },
    });
    expectStatus(cross, 409);
    // Still referenced: 409 on delete.
    expectStatus(await as(admin).DELETE('/api/conditions/{id}', byId(cond.id)), 409);

    const trial = await as(provider).POST('/api/trials', {
      body: {
        title: 'Asthma study',
        conditionId: cond.id,
        treatmentId: treat.id,
        phase: '3',
        startDate: '2031-01-01',
        endDate: '2031-12-31',
      },
    });
    expect(expectOk(trial, 201)).toMatchObject({ status: 'planned', startDate: '2031-01-01' });
    const res = expectOk(
      await as(provider).POST('/api/learning-resources', {
        body: { title: 'Living with asthma', resourceType: 'article', relatedConditionId: cond.id },
      }),
      201,
    );
    const progress = await as(patient).POST('/api/learning-progress', {
      body: { resourceId: res.id, progressPercent: 40 },
    });
    expectStatus(progress, 201);
    expectStatus(await as(patient).POST('/api/learning-progress', { body: { resourceId: res.id } }), 409);
    expectStatus(await as(bPatient).POST('/api/learning-progress', { body: { resourceId: res.id } }), 409);
  });
});

describe('members of another org', () => {
  it('get 404 on every id route of this module', async () => {
    // Rows of org A, one per resource.
    const cond = expectOk(await as(admin).POST('/api/conditions', { body: { name: 'A condition' } }), 201).id;
    const resource = expectOk(
      await as(admin).POST('/api/learning-resources', {
        body: { title: 'A resource', resourceType: 'guide' },
      }),
      201,
    ).id;
    const own: Array<{
      path: string;
      create: (a: ApiClient) => Promise<ApiResult & { data?: { id: string } }>;
      idRoutes: (id: string) => Array<[string, ApiCall]>;
      list: ApiCall;
    }> = [
      {
        path: '/api/measurements',
        create: (a) => a.POST('/api/measurements', { body: { measurementType: 'weight', value: '70' } }),
        idRoutes: (id) => [
          ['GET', (a) => a.GET('/api/measurements/{id}', byId(id))],
          [
            'PATCH',
            (a) =>
              a.PATCH('/api/measurements/{id}', {
                ...byId(id),
                body: { measurementType: 'weight', value: '70' },
              }),
          ],
          ['DELETE', (a) => a.DELETE('/api/measurements/{id}', byId(id))],
        ],
        list: (a) => a.GET('/api/measurements'),
      },
      {
        path: '/api/food-logs',
        create: (a) => a.POST('/api/food-logs', { body: { foodName: 'Rice' } }),
        idRoutes: (id) => [
          ['GET', (a) => a.GET('/api/food-logs/{id}', byId(id))],
          ['PATCH', (a) => a.PATCH('/api/food-logs/{id}', { ...byId(id), body: { foodName: 'Rice' } })],
          ['DELETE', (a) => a.DELETE('/api/food-logs/{id}', byId(id))],
        ],
        list: (a) => a.GET('/api/food-logs'),
      },
      {
        path: '/api/activity-logs',
        create: (a) => a.POST('/api/activity-logs', { body: { activityType: 'cycling' } }),
        idRoutes: (id) => [
          ['GET', (a) => a.GET('/api/activity-logs/{id}', byId(id))],
          [
            'PATCH',
            (a) => a.PATCH('/api/activity-logs/{id}', { ...byId(id), body: { activityType: 'cycling' } }),
          ],
          ['DELETE', (a) => a.DELETE('/api/activity-logs/{id}', byId(id))],
        ],
        list: (a) => a.GET('/api/activity-logs'),
      },
      {
        path: '/api/condition-events',
        create: (a) =>
          a.POST('/api/condition-events', { body: { eventType: 'diagnosed', conditionId: cond } }),
        idRoutes: (id) => [
          ['GET', (a) => a.GET('/api/condition-events/{id}', byId(id))],
          [
            'PATCH',
            (a) =>
              a.PATCH('/api/condition-events/{id}', {
                ...byId(id),
                body: { eventType: 'diagnosed', conditionId: cond },
              }),
          ],
          ['DELETE', (a) => a.DELETE('/api/condition-events/{id}', byId(id))],
        ],
        list: (a) => a.GET('/api/condition-events'),
      },
      {
        path: '/api/health-goals',
        create: (a) =>
          a.POST('/api/health-goals', { body: { title: 'Sleep', targetValue: '8', currentValue: '6' } }),
        idRoutes: (id) => [
          ['GET', (a) => a.GET('/api/health-goals/{id}', byId(id))],
          [
            'PATCH',
            (a) =>
              a.PATCH('/api/health-goals/{id}', {
                ...byId(id),
                body: { title: 'Sleep', targetValue: '8', currentValue: '6' },
              }),
          ],
          ['DELETE', (a) => a.DELETE('/api/health-goals/{id}', byId(id))],
        ],
        list: (a) => a.GET('/api/health-goals'),
      },
      {
        path: '/api/import-sources',
        create: (a) =>
          a.POST('/api/import-sources', {
            body: { sourceName: 'Scale', sourceType: 'device', authToken: 'tok' },
          }),
        idRoutes: (id) => [
          ['GET', (a) => a.GET('/api/import-sources/{id}', byId(id))],
          [
            'PATCH',
            (a) =>
              a.PATCH('/api/import-sources/{id}', {
                ...byId(id),
                body: { sourceName: 'Scale', sourceType: 'device', authToken: 'tok' },
              }),
          ],
          ['DELETE', (a) => a.DELETE('/api/import-sources/{id}', byId(id))],
        ],
        list: (a) => a.GET('/api/import-sources'),
      },
      {
        path: '/api/learning-progress',
        create: (a) => a.POST('/api/learning-progress', { body: { resourceId: resource } }),
        idRoutes: (id) => [
          ['GET', (a) => a.GET('/api/learning-progress/{id}', byId(id))],
          [
            'PATCH',
            (a) => a.PATCH('/api/learning-progress/{id}', { ...byId(id), body: { resourceId: resource } }),
          ],
          ['DELETE', (a) => a.DELETE('/api/learning-progress/{id}', byId(id))],
        ],
        list: (a) => a.GET('/api/learning-progress'),
      },
      {
        path: '/api/daily-moods',
        create: (a) => a.POST('/api/daily-moods', { body: { emotion: 'ok' } }),
        idRoutes: (id) => [
          ['GET', (a) => a.GET('/api/daily-moods/{id}', byId(id))],
          ['PATCH', (a) => a.PATCH('/api/daily-moods/{id}', { ...byId(id), body: { emotion: 'ok' } })],
          ['DELETE', (a) => a.DELETE('/api/daily-moods/{id}', byId(id))],
        ],
        list: (a) => a.GET('/api/daily-moods'),
      },
      {
        path: '/api/journal-entries',
        create: (a) => a.POST('/api/journal-entries', { body: { content: 'secret' } }),
        idRoutes: (id) => [
          ['GET', (a) => a.GET('/api/journal-entries/{id}', byId(id))],
          [
            'PATCH',
            (a) => a.PATCH('/api/journal-entries/{id}', { ...byId(id), body: { content: 'secret' } }),
          ],
          ['DELETE', (a) => a.DELETE('/api/journal-entries/{id}', byId(id))],
        ],
        list: (a) => a.GET('/api/journal-entries'),
      },
      {
        path: '/api/calendar-events',
        create: (a) => a.POST('/api/calendar-events', { body: { date: '2031-01-01', title: 'Gym' } }),
        idRoutes: (id) => [
          ['GET', (a) => a.GET('/api/calendar-events/{id}', byId(id))],
          [
            'PATCH',
            (a) =>
              a.PATCH('/api/calendar-events/{id}', {
                ...byId(id),
                body: { date: '2031-01-01', title: 'Gym' },
              }),
          ],
          ['DELETE', (a) => a.DELETE('/api/calendar-events/{id}', byId(id))],
        ],
        list: (a) => a.GET('/api/calendar-events'),
      },
    ];
    const failures: string[] = [];
    const expect404 = async (who: TestUser, calls: Array<[string, ApiCall]>) =>
      failures.push(...(await callsNotAnswering(as(who), calls, 404)));
    for (const { path, create, idRoutes, list } of own) {
      const id = expectOk(await create(as(patient)), 201, path).id;
      // bPatient holds the role these routes allow, so only RLS stands between them and the row.
      await expect404(
        bPatient,
        idRoutes(id).map(([method, call]): [string, ApiCall] => [`${method} ${path}/${id}`, call]),
      );
      const listed = await list(as(bPatient));
      if (JSON.stringify(listed.data).includes(id)) failures.push(`GET ${path} lists ${id}`);
    }
    for (const who of [bAdmin, bProvider]) {
      const changed = { body: { description: 'changed' } };
      await expect404(who, [
        [
          `PATCH /api/conditions/${cond}`,
          (a) => a.PATCH('/api/conditions/{id}', { ...byId(cond), ...changed }),
        ],
        [`DELETE /api/conditions/${cond}`, (a) => a.DELETE('/api/conditions/{id}', byId(cond))],
        [
          `PATCH /api/learning-resources/${resource}`,
          (a) => a.PATCH('/api/learning-resources/{id}', { ...byId(resource), ...changed }),
        ],
        [
          `DELETE /api/learning-resources/${resource}`,
          (a) => a.DELETE('/api/learning-resources/{id}', byId(resource)),
        ],
      ]);
    }
    const ofPatient = { params: { path: { patientId: patient.id } } };
    await expect404(bProvider, [
      [
        'GET /api/patients/{patientId}/measurements',
        (a) => a.GET('/api/patients/{patientId}/measurements', ofPatient),
      ],
      [
        'GET /api/patients/{patientId}/food-logs',
        (a) => a.GET('/api/patients/{patientId}/food-logs', ofPatient),
      ],
      [
        'GET /api/patients/{patientId}/activity-logs',
        (a) => a.GET('/api/patients/{patientId}/activity-logs', ofPatient),
      ],
      [
        'GET /api/patients/{patientId}/condition-events',
        (a) => a.GET('/api/patients/{patientId}/condition-events', ofPatient),
      ],
      [
        'GET /api/patients/{patientId}/health-goals',
        (a) => a.GET('/api/patients/{patientId}/health-goals', ofPatient),
      ],
    ]);
    expect(failures).toEqual([]);
    // The rows are untouched.
    expect((await one(`SELECT description FROM conditions WHERE id = $1`, [cond])).description).toBeNull();
  });
});

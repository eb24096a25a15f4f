// The patient-data routes over HTTP: own data, goals with progress, encrypted import tokens, treating
// providers' reads that end with the relationship, journals that no provider sees, public catalogs, and
// 404 for members of another organization on every id route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox, importTokenAad } from '../../src/modules/healthcare/patient-data/secret-box';
import { sqlFor } from '../../src/common/database/sql';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newCareTeamMember, newOrg, newUser, type TestOrg, type TestUser } from '../support/factories';

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
    for (const [type, value] of [['weight', '72.50'], ['weight', '72.1'], ['glucose', '5.4'], ['weight', '71.9']]) {
      const res = await api.request('POST', '/api/measurements', { token: patient.token, body: { measurementType: type, value, unit: 'kg' } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ patientId: patient.id, orgId: orgA.id, measurementType: type, source: 'manual' });
      expect(typeof res.body.value).toBe('string');
      ids.push(res.body.id);
    }
    expect((await api.request('POST', '/api/measurements', { token: patient.token, body: { measurementType: 'weight', value: 72.5 } })).status).toBe(400);
    expect((await api.request('POST', '/api/measurements', { token: patient.token, body: { measurementType: 'weight', value: '1', patientId: otherPatient.id } })).status).toBe(400);

    const p1 = await api.request('GET', '/api/measurements?measurementType=weight&limit=2', { token: patient.token });
    expect(p1.status).toBe(200);
    expect(p1.body.items).toHaveLength(2);
    expect(p1.body.items[0].value).toBe('71.9');
    const p2 = await api.request('GET', `/api/measurements?measurementType=weight&limit=2&cursor=${p1.body.nextCursor}`, { token: patient.token });
    expect(p2.body.items.map((m: { value: string }) => m.value)).toEqual(['72.50']);
    expect(p2.body.nextCursor).toBeNull();

    const upd = await api.request('PATCH', `/api/measurements/${ids[0]}`, { token: patient.token, body: { value: '73.25', notes: 'after lunch' } });
    expect(upd.status).toBe(200);
    expect(upd.body).toMatchObject({ value: '73.25', notes: 'after lunch' });
    expect((await api.request('DELETE', `/api/measurements/${ids[2]}`, { token: patient.token })).status).toBe(204);
    expect((await api.request('GET', `/api/measurements/${ids[2]}`, { token: patient.token })).status).toBe(404);

    // Another patient of the same org neither sees nor changes them.
    expect((await api.request('GET', `/api/measurements/${ids[0]}`, { token: otherPatient.token })).status).toBe(404);
    expect((await api.request('PATCH', `/api/measurements/${ids[0]}`, { token: otherPatient.token, body: { value: '1' } })).status).toBe(404);
    expect((await api.request('GET', '/api/measurements', { token: otherPatient.token })).body.items).toEqual([]);
    // Providers and research partners have no own-data routes here.
    expect((await api.request('GET', '/api/measurements', { token: research.token })).status).toBe(403);
  });

  it('computes goal progress as a decimal string, with or without a baseline', async () => {
    const up = await api.request('POST', '/api/health-goals', {
      token: patient.token,
      body: { title: 'Steps', targetValue: '10000', currentValue: '6500', unit: 'steps' },
    });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ progressPercent: '65.00', status: 'active', targetValue: '10000', currentValue: '6500' });
    const down = await api.request('POST', '/api/health-goals', {
      token: patient.token,
      body: { title: 'Weight', baselineValue: '90', targetValue: '80', currentValue: '87.5', unit: 'kg' },
    });
    expect(down.body.progressPercent).toBe('25.00');
    const over = await api.request('PATCH', `/api/health-goals/${down.body.id}`, { token: patient.token, body: { currentValue: '78' } });
    expect(over.body.progressPercent).toBe('100.00');
    const none = await api.request('POST', '/api/health-goals', { token: patient.token, body: { title: 'Feel better' } });
    expect(none.body.progressPercent).toBeNull();
    const list = await api.request('GET', '/api/health-goals?status=active', { token: patient.token });
    expect(list.body.items.map((g: { progressPercent: string | null }) => g.progressPercent)).toEqual([null, '100.00', '65.00']);
  });
});

describe('import sources', () => {
  it('stores the auth token encrypted and never returns it, not even to the owner', async () => {
    const token = 'fitbit-secret-token-0123456789';
    const created = await api.request('POST', '/api/import-sources', {
      token: patient.token,
      body: { sourceName: 'Fitbit', sourceType: 'wearable', authToken: token },
    });
    expect(created.status).toBe(201);
    expect(created.body.hasToken).toBe(true);
    expect(created.body).not.toHaveProperty('authToken');
    const id = created.body.id;

    const stored = await one(`SELECT auth_token FROM patient_data_import_sources WHERE id = $1`, [id]);
    expect(stored.auth_token).not.toContain(token);
    expect(stored.auth_token).toMatch(/^v1\./);
    expect(new SecretBox(db.config.DATA_ENCRYPTION_KEY).open(stored.auth_token, importTokenAad(id))).toBe(token);

    const responses = [
      created,
      await api.request('GET', `/api/import-sources/${id}`, { token: patient.token }),
      await api.request('GET', '/api/import-sources', { token: patient.token }),
      await api.request('PATCH', `/api/import-sources/${id}`, { token: patient.token, body: { status: 'paused' } }),
    ];
    for (const res of responses) {
      expect(res.status).toBeLessThan(300);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(token);
      expect(text).not.toContain(stored.auth_token);
      expect(text).not.toMatch(/authToken|auth_token/);
    }

    const rotated = await api.request('PATCH', `/api/import-sources/${id}`, { token: patient.token, body: { authToken: 'rotated-token-abc' } });
    expect(rotated.body.hasToken).toBe(true);
    const after = await one(`SELECT auth_token FROM patient_data_import_sources WHERE id = $1`, [id]);
    expect(after.auth_token).not.toBe(stored.auth_token);
    expect(new SecretBox(db.config.DATA_ENCRYPTION_KEY).open(after.auth_token, importTokenAad(id))).toBe('rotated-token-abc');
    const cleared = await api.request('PATCH', `/api/import-sources/${id}`, { token: patient.token, body: { authToken: null } });
    expect(cleared.body.hasToken).toBe(false);
    expect((await one(`SELECT auth_token FROM patient_data_import_sources WHERE id = $1`, [id])).auth_token).toBeNull();
  });

  it('gives request roles no SELECT on the auth_token column', async () => {
    await expect(
      db.tx.run(patient.claims, async (manager) => sqlFor(manager.queryRunner!).rows(`SELECT auth_token FROM public.patient_data_import_sources`)),
    ).rejects.toMatchObject({ code: '42501' });
  });
});

describe('treating providers', () => {
  let patientRowId: string;
  let providerRowId: string;

  beforeAll(async () => {
    providerRowId = (await one(`INSERT INTO providers (org_id, user_id, display_name) VALUES ($1, $2, 'Dr A') RETURNING id`, [orgA.id, provider.id])).id;
    patientRowId = (await one(`INSERT INTO patients (org_id, user_id, first_name, last_name) VALUES ($1, $2, 'Pat', 'A') RETURNING id`, [orgA.id, patient.id])).id;
    for (const [path, body] of [
      ['/api/food-logs', { foodName: 'Porridge', calories: 300, protein: '10.5' }],
      ['/api/activity-logs', { activityType: 'walking', duration: 45, intensity: 'moderate' }],
      ['/api/condition-events', { eventType: 'flare_up', severity: 4 }],
    ] as const)
      expect((await api.request('POST', path, { token: patient.token, body })).status).toBe(201);
  });

  const routes = ['measurements', 'food-logs', 'activity-logs', 'condition-events', 'health-goals'];
  const readAll = async (who: TestUser, patientUserId = patient.id) =>
    Promise.all(routes.map((r) => api.request('GET', `/api/patients/${patientUserId}/${r}`, { token: who.token })));

  it('a provider without a relationship gets 404', async () => {
    for (const res of await readAll(provider)) expect(res.status).toBe(404);
  });

  // Issue 15, finding 1: these tests used to assert that a medical record or a live booking made the provider
  // treating. That was the finding; access now follows the care team only.
  it('reads while on the care team, and loses access when the entry ends', async () => {
    const entry = await newCareTeamMember(db, orgA, { patientId: patientRowId, providerId: providerRowId });
    const reads = await readAll(provider);
    for (const res of reads) expect(res.status).toBe(200);
    expect(reads[0].body.items.length).toBeGreaterThan(0);
    expect(reads[0].body.items.every((m: { patientId: string }) => m.patientId === patient.id)).toBe(true);
    expect(reads[4].body.items[0]).toHaveProperty('progressPercent');
    // Only that patient: another patient of the org stays closed.
    for (const res of await readAll(provider, otherPatient.id)) expect(res.status).toBe(404);
    // The provider still writes nothing and has no route to the patient's own endpoints.
    expect((await api.request('GET', `/api/measurements/${reads[0].body.items[0].id}`, { token: provider.token })).status).toBe(403);
    // The same provider role in another org never reaches org A's patient.
    for (const res of await readAll(bProvider)) expect(res.status).toBe(404);

    await db.owner.query(`UPDATE care_team_members SET ended_at = now() WHERE id = $1`, [entry.id]);
    for (const res of await readAll(provider)) expect(res.status).toBe(404);
  });

  it('a medical record they wrote or a confirmed booking with them does not make them treating', async () => {
    await one(
      `INSERT INTO medical_records (org_id, patient_id, provider_id, title, content) VALUES ($1, $2, $3, 'Visit', 'Notes') RETURNING id`,
      [orgA.id, patientRowId, providerRowId],
    );
    const facility = await one(`INSERT INTO facilities (org_id, name) VALUES ($1, 'Site') RETURNING id`, [orgA.id]);
    const chamber = await one(
      `INSERT INTO chambers (org_id, facility_id, name, opens_at, closes_at, open_days) VALUES ($1, $2, 'C1', '00:00', '00:00', '{1,2,3,4,5,6,7}') RETURNING id`,
      [orgA.id, facility.id],
    );
    await one(
      `INSERT INTO bookings (org_id, patient_id, chamber_id, provider_id, starts_at, ends_at, status)
       VALUES ($1, $2, $3, $4, '2031-05-05T09:00:00Z', '2031-05-05T10:00:00Z', 'confirmed') RETURNING id`,
      [orgA.id, patientRowId, chamber.id, providerRowId],
    );
    for (const res of await readAll(provider)) expect(res.status).toBe(404);
  });
});

describe('companion app: moods, journal, calendar', () => {
  it('keeps journals and moods to their owner, even from a treating provider', async () => {
    const entry = await api.request('POST', '/api/journal-entries', {
      token: patient.token,
      body: { title: 'Tuesday', content: 'Felt anxious before the visit', tags: ['visit', 'anxiety'], date: '2031-05-05' },
    });
    expect(entry.status).toBe(201);
    expect(entry.body).toMatchObject({ date: '2031-05-05', tags: ['visit', 'anxiety'], userId: patient.id });
    const mood = await api.request('POST', '/api/daily-moods', { token: patient.token, body: { emotion: 'anxious', intensity: 7, fruit: 'lemon' } });
    expect(mood.status).toBe(201);

    // A provider who treats the patient (on the care team) still sees neither.
    const providerRow = await one(`SELECT id FROM providers WHERE user_id = $1`, [provider.id]);
    const patientRow = await one(`SELECT id FROM patients WHERE user_id = $1`, [patient.id]);
    await newCareTeamMember(db, orgA, { patientId: patientRow.id, providerId: providerRow.id });
    expect((await api.request('GET', `/api/patients/${patient.id}/measurements`, { token: provider.token })).status).toBe(200);
    expect((await api.request('GET', `/api/journal-entries/${entry.body.id}`, { token: provider.token })).status).toBe(404);
    expect((await api.request('GET', `/api/daily-moods/${mood.body.id}`, { token: provider.token })).status).toBe(404);
    expect((await api.request('GET', '/api/journal-entries', { token: provider.token })).body.items).toEqual([]);
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
    expect(own).toEqual([expect.objectContaining({ id: entry.body.id, userId: patient.id, tags: ['visit', 'anxiety'] })]);

    const list = await api.request('GET', '/api/journal-entries?tag=anxiety', { token: patient.token });
    expect(list.body.items.map((e: { id: string }) => e.id)).toEqual([entry.body.id]);
    expect((await api.request('GET', '/api/journal-entries?tag=none', { token: patient.token })).body.items).toEqual([]);
  });

  it('keeps calendar events with times and coordinates as strings', async () => {
    const ev = await api.request('POST', '/api/calendar-events', {
      token: provider.token,
      body: { date: '2031-06-01', startTime: '09:30', endTime: '10:15', title: 'Run', locationLat: '48.8566', locationLng: '2.3522', intensity: 5 },
    });
    expect(ev.status).toBe(201);
    expect(ev.body).toMatchObject({ date: '2031-06-01', startTime: '09:30', endTime: '10:15', locationLat: '48.856600', userId: provider.id });
    expect((await api.request('GET', `/api/calendar-events/${ev.body.id}`, { token: patient.token })).status).toBe(404);
    expect((await api.request('POST', '/api/calendar-events', { token: provider.token, body: { date: '2031-06-01', title: 'x', startTime: '25:00' } })).status).toBe(400);
  });
});

describe('public catalogs', () => {
  it('anyone reads; providers and admins of the owning org write; patients may not', async () => {
    const cond = await api.request('POST', '/api/conditions', { token: provider.token, body: { name: 'Asthma', code: 'J45', codeSystem: 'ICD-10' } });
    expect(cond.status).toBe(201);
    expect(cond.body).toMatchObject({ orgId: orgA.id, createdBy: provider.id });
    const treat = await api.request('POST', '/api/treatments', {
      token: admin.token,
      body: { name: 'Inhaler', conditionId: cond.body.id, manufacturer: 'Acme Pharma', sourceVerificationMethod: 'batch certificate', regulatoryStatus: 'approved' },
    });
    expect(treat.status).toBe(201);
    expect(treat.body).toMatchObject({ manufacturer: 'Acme Pharma', sourceVerificationMethod: 'batch certificate', regulatoryStatus: 'approved' });
    expect((await api.request('POST', '/api/conditions', { token: patient.token, body: { name: 'x' } })).status).toBe(403);

    const anonList = await api.request('GET', `/api/conditions?orgId=${orgA.id}&q=asth`);
    expect(anonList.status).toBe(200);
    expect(anonList.body.items.map((c: { id: string }) => c.id)).toEqual([cond.body.id]);
    expect((await api.request('GET', `/api/treatments/${treat.body.id}`)).body.conditionId).toBe(cond.body.id);

    // A condition of another org cannot be referenced (composite key): 409, nothing revealed.
    const bCond = await api.request('POST', '/api/conditions', { token: bAdmin.token, body: { name: 'B condition' } });
    const cross = await api.request('POST', '/api/treatments', { token: provider.token, body: { name: 'x', conditionId: bCond.body.id } });
    expect(cross.status).toBe(409);
    // Still referenced: 409 on delete.
    expect((await api.request('DELETE', `/api/conditions/${cond.body.id}`, { token: admin.token })).status).toBe(409);

    const trial = await api.request('POST', '/api/trials', {
      token: provider.token,
      body: { title: 'Asthma study', conditionId: cond.body.id, treatmentId: treat.body.id, phase: '3', startDate: '2031-01-01', endDate: '2031-12-31' },
    });
    expect(trial.status).toBe(201);
    expect(trial.body).toMatchObject({ status: 'planned', startDate: '2031-01-01' });
    const res = await api.request('POST', '/api/learning-resources', {
      token: provider.token,
      body: { title: 'Living with asthma', resourceType: 'article', relatedConditionId: cond.body.id },
    });
    expect(res.status).toBe(201);
    const progress = await api.request('POST', '/api/learning-progress', { token: patient.token, body: { resourceId: res.body.id, progressPercent: 40 } });
    expect(progress.status).toBe(201);
    expect((await api.request('POST', '/api/learning-progress', { token: patient.token, body: { resourceId: res.body.id } })).status).toBe(409);
    expect((await api.request('POST', '/api/learning-progress', { token: bPatient.token, body: { resourceId: res.body.id } })).status).toBe(409);
  });
});

describe('members of another org', () => {
  it('get 404 on every id route of this module', async () => {
    // Rows of org A, one per resource.
    const mk = async (path: string, token: string, body: unknown) => {
      const res = await api.request('POST', path, { token, body });
      expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(201);
      return res.body.id as string;
    };
    const cond = await mk('/api/conditions', admin.token, { name: 'A condition' });
    const resource = await mk('/api/learning-resources', admin.token, { title: 'A resource', resourceType: 'guide' });
    const own: Array<[string, unknown]> = [
      ['measurements', { measurementType: 'weight', value: '70' }],
      ['food-logs', { foodName: 'Rice' }],
      ['activity-logs', { activityType: 'cycling' }],
      ['condition-events', { eventType: 'diagnosed', conditionId: cond }],
      ['health-goals', { title: 'Sleep', targetValue: '8', currentValue: '6' }],
      ['import-sources', { sourceName: 'Scale', sourceType: 'device', authToken: 'tok' }],
      ['learning-progress', { resourceId: resource }],
      ['daily-moods', { emotion: 'ok' }],
      ['journal-entries', { content: 'secret' }],
      ['calendar-events', { date: '2031-01-01', title: 'Gym' }],
    ];
    const failures: string[] = [];
    const expect404 = async (method: string, path: string, token: string, body?: unknown) => {
      const res = await api.request(method, path, { token, body });
      if (res.status !== 404) failures.push(`${method} ${path}: ${res.status}`);
    };
    for (const [path, body] of own) {
      const id = await mk(`/api/${path}`, patient.token, body);
      // bPatient holds the role these routes allow, so only RLS stands between them and the row.
      await expect404('GET', `/api/${path}/${id}`, bPatient.token);
      await expect404('PATCH', `/api/${path}/${id}`, bPatient.token, body);
      await expect404('DELETE', `/api/${path}/${id}`, bPatient.token);
      const list = await api.request('GET', `/api/${path}`, { token: bPatient.token });
      if (JSON.stringify(list.body).includes(id)) failures.push(`GET /api/${path} lists ${id}`);
    }
    for (const [path, id] of [['conditions', cond], ['learning-resources', resource]]) {
      for (const who of [bAdmin, bProvider]) {
        await expect404('PATCH', `/api/${path}/${id}`, who.token, { description: 'changed' });
        await expect404('DELETE', `/api/${path}/${id}`, who.token);
      }
    }
    for (const r of ['measurements', 'food-logs', 'activity-logs', 'condition-events', 'health-goals'])
      await expect404('GET', `/api/patients/${patient.id}/${r}`, bProvider.token);
    expect(failures).toEqual([]);
    // The rows are untouched.
    expect((await one(`SELECT description FROM conditions WHERE id = $1`, [cond])).description).toBeNull();
  });
});

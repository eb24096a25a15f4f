// How the factories write: one INSERT per row as the owner (fixtures, not the API: no RLS, no request
// role), naming exactly the columns given; the row comes back hydrated by TypeORM as the table's entity when
// one is registered (numeric and bigint as strings, dates as 'YYYY-MM-DD'), otherwise with camelCase keys.
import type { EntityMetadata } from 'typeorm';
import type { TestDb } from '../db';

/** An organization (TestOrg or the entity). */
export interface OrgRef {
  id: string;
}

/** A member acting in one organization (TestUser). */
export interface UserRef {
  id: string;
  orgId: string;
}

/** Column values by property name (camelCase); an undefined value leaves the column to its default. */
export type Overrides<T> = { [K in keyof T]?: T[K] };

/** The column a property names where no entity says otherwise: startsAt -> starts_at. */
export const toColumn = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

function metadataOf(db: TestDb, table: string): EntityMetadata | undefined {
  // A bare TestDb (the crash suite builds one from an owner pool) has no data source: plain columns then.
  return db.dataSource?.hasMetadata(table) ? db.dataSource.getMetadata(table) : undefined;
}

/** Inserts one row into public.<table> and answers it. */
export async function insertRow<T>(db: TestDb, table: string, values: object): Promise<T> {
  const meta = metadataOf(db, table);
  const columns: string[] = [];
  const params: unknown[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const column = meta?.findColumnWithPropertyName(key);
    if (meta && (!column || column.isVirtual))
      throw new Error(`${table} has no column for the property ${key}`);
    columns.push(column?.databaseName ?? toColumn(key));
    // pg sends a JS array as a Postgres array; a jsonb column wants JSON text.
    const json = column?.type === 'jsonb' || column?.type === 'json';
    params.push(json && value !== null ? JSON.stringify(value) : value);
  }
  const text = columns.length
    ? `INSERT INTO public.${ident(table)} (${columns.map(ident).join(', ')})
       VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`
    : `INSERT INTO public.${ident(table)} DEFAULT VALUES RETURNING *`;
  const { rows } = await db.owner.query(text, params);
  return hydrate<T>(db, table, rows[0]);
}

/** Reads one row of public.<table> by id, as insertRow answers it (for rows a function or trigger changed). */
export async function loadRow<T>(db: TestDb, table: string, id: string): Promise<T> {
  const { rows } = await db.owner.query(`SELECT * FROM public.${ident(table)} WHERE id = $1`, [id]);
  if (!rows.length) throw new Error(`${table} ${id} not found`);
  return hydrate<T>(db, table, rows[0]);
}

function hydrate<T>(db: TestDb, table: string, raw: Record<string, unknown>): T {
  const meta = metadataOf(db, table);
  if (!meta) return Object.fromEntries(Object.entries(raw).map(([k, v]) => [camel(k), v])) as T;
  const entity = meta.create() as Record<string, unknown>;
  for (const column of meta.columns) {
    if (column.isVirtual || !(column.databaseName in raw)) continue;
    column.setEntityValue(
      entity,
      db.dataSource.driver.prepareHydratedValue(raw[column.databaseName], column),
    );
  }
  return entity as T;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Midnight UTC of the first Monday at least `days` days from now: default windows stay in the future. */
function mondayAfter(days: number): number {
  const d = new Date(Date.now() + days * DAY);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const fromMonday = (d.getUTCDay() + 6) % 7;
  return midnight + ((7 - fromMonday) % 7) * DAY;
}

const BASE = mondayAfter(56);
let bookingSlots = 0;
let appointmentSlots = 0;
let maintenanceSlots = 0;

export interface Window {
  startsAt: Date;
  endsAt: Date;
}

/**
 * The next one-hour booking window: weekdays, 09:00 to 17:00 UTC, inside a default chamber's opening hours
 * (08:00-18:00, Monday to Friday, facility in UTC). No two default windows overlap, so default bookings
 * never meet the exclusion constraint.
 */
export function nextBookingWindow(): Window {
  const n = bookingSlots++;
  const day = Math.floor(n / 8);
  const start = BASE + (Math.floor(day / 5) * 7 + (day % 5)) * DAY + (9 + (n % 8)) * HOUR;
  return { startsAt: new Date(start), endsAt: new Date(start + HOUR) };
}

/** The next 30-minute appointment start: back to back, so a provider is never double-booked by default. */
export function nextAppointmentStart(): Date {
  return new Date(BASE + 9 * HOUR + appointmentSlots++ * 30 * 60_000);
}

/** The next maintenance window: Saturdays 10:00-12:00 UTC, when default bookings never fall. */
export function nextMaintenanceWindow(): Window {
  const start = BASE + (5 + 7 * maintenanceSlots++) * DAY + 10 * HOUR;
  return { startsAt: new Date(start), endsAt: new Date(start + 2 * HOUR) };
}

// Emergency access goes through definer functions (the provider may not insert a grant, nor see the care
// team that decides whether a read is an emergency one): called as SQL, with their row types.
import { sql } from '../../../common/database/sql';

/** Opens a grant (app_private.open_break_glass: checks, audit row, notifications); answers its id. */
export async function openBreakGlass(patientId: string, reason: string, minutes: number): Promise<string> {
  const row = await sql().one<{ id: string }>(
    `SELECT app_private.open_break_glass($1::uuid, $2::text, $3::integer) AS id`,
    [patientId, reason, minutes],
  );
  return row!.id;
}

/**
 * Of the given patients (patients.id, or the patient's login where the patient-data routes name patients
 * by it), those the calling provider reaches only through an open emergency grant.
 */
export async function breakGlassPatientIds(ids: readonly string[]): Promise<string[]> {
  const row = await sql().one<{ ids: string[] }>(
    `SELECT app_private.break_glass_patient_ids($1::uuid[]) AS ids`,
    [ids],
  );
  return row?.ids ?? [];
}

// The care-team questions a prescription needs, answered by the database's definer helpers (the caller may not
// read care_team_members or providers' links directly).
import { sql } from '../../common/database/sql';

/** The calling provider's providers.id in the caller's organization; null for anyone else. */
export async function myProviderId(): Promise<string | null> {
  const row = await sql().one<{ id: string | null }>(`SELECT app_private.my_provider_id() AS id`);
  return row?.id ?? null;
}

/** Whether the calling provider is on the care team of the patient whose login is patientUserId. */
export async function prescriberFor(patientUserId: string): Promise<boolean> {
  const row = await sql().one<{ ok: boolean }>(`SELECT app_private.prescriber_for($1) AS ok`, [
    patientUserId,
  ]);
  return row?.ok === true;
}

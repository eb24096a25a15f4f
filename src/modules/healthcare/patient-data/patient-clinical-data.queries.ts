// The care-relationship check is a definer function (it reads bookings, appointments and medical records the
// provider's own policies may not show): called as SQL, the one raw query of this module.
import { sql } from '../../../common/database/sql';

interface TreatsRow {
  treats: boolean;
}

/** Whether the calling provider treats the patient (a live booking, appointment or medical record in their org). */
export async function providerTreats(patientId: string): Promise<boolean> {
  const row = await sql().one<TreatsRow>(`SELECT app_private.provider_treats($1) AS treats`, [patientId]);
  return row?.treats === true;
}

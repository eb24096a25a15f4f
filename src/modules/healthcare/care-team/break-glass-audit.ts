// Reads of clinical data under an emergency grant are marked in the audit log: the clinical read audits of
// scheduling (medical records) and patient data ask here before recording a provider's read.
import { currentTransaction } from '../../../common/context/request-context';
import { breakGlassPatientIds } from './break-glass.queries';

export const BREAK_GLASS_READ = 'BREAK_GLASS_READ';

export interface BreakGlassMark {
  /** The audit action of the read (instead of SELECT), so admins can filter emergency reads. */
  action: typeof BREAK_GLASS_READ;
  details: { break_glass: true; break_glass_patient_ids: string[] };
}

/** The mark for a read of these patients' data by the caller, or null when no emergency grant is involved. */
export async function breakGlassReadMark(patientIds: readonly string[]): Promise<BreakGlassMark | null> {
  if (currentTransaction().claims.app_role !== 'provider' || !patientIds.length) return null;
  const ids = await breakGlassPatientIds([...new Set(patientIds)]);
  return ids.length
    ? { action: BREAK_GLASS_READ, details: { break_glass: true, break_glass_patient_ids: ids } }
    : null;
}

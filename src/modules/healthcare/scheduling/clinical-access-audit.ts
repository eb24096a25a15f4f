// The audit of reads of medical records and their versions: every list or get records who read which rows,
// in the request transaction (AuditService.recordAccess, one audit row per row read); a read refused with 404
// is recorded as denied in its own transaction, since the request's rolls back. A provider's read of a patient
// they reach only through an emergency grant is recorded as BREAK_GLASS_READ, naming those patients.
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit';
import { breakGlassReadMark } from '../care-team/break-glass-audit';

export interface ClinicalAccess {
  table: 'medical_records' | 'medical_record_versions';
  action: 'read';
  rowIds: string[];
  patientIds: string[];
}

@Injectable()
export class ClinicalAccessAudit {
  constructor(private readonly audit: AuditService) {}

  async record(access: ClinicalAccess): Promise<void> {
    if (!access.rowIds.length) return;
    const mark = await breakGlassReadMark(access.patientIds);
    await this.audit.recordAccess({
      table: access.table,
      rowIds: access.rowIds,
      outcome: 'success',
      action: mark?.action,
      details: { patient_ids: [...new Set(access.patientIds)], ...mark?.details },
    });
  }

  recordDenied(table: ClinicalAccess['table'], id: string): void {
    this.audit.recordDenied({ table, rowIds: [id] });
  }
}

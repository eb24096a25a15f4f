// The audit of reads of clinical data (a patient's logs, measurements, goals): every read records who read
// which rows of whose data, in the request transaction (AuditService.recordAccess). Identifiers only, never
// values. A provider's read under an emergency grant (not the care team) is recorded as BREAK_GLASS_READ.
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit';
import { breakGlassReadMark } from '../care-team/break-glass-audit';

export interface ClinicalRead {
  /** The table read. */
  table: string;
  /** Whose data it is. */
  patientId: string;
  /** The rows returned (ids), or one row for a single get. */
  rowIds: string[];
  /** 'own' when the patient reads their own data, 'provider' for a treating provider. */
  via: 'own' | 'provider';
}

@Injectable()
export class ClinicalReadAudit {
  constructor(private readonly audit: AuditService) {}

  async record(read: ClinicalRead): Promise<void> {
    if (!read.rowIds.length) return;
    const mark = read.via === 'provider' ? await breakGlassReadMark([read.patientId]) : null;
    await this.audit.recordAccess({
      table: read.table,
      rowIds: read.rowIds,
      outcome: 'success',
      action: mark?.action,
      details: { patient_id: read.patientId, via: read.via, ...mark?.details },
    });
  }

  /** A provider asking for a patient they do not treat: recorded as denied, in its own transaction. */
  recordDenied(table: string, patientId: string): void {
    this.audit.recordDenied({ table, rowIds: [], details: { patient_id: patientId, via: 'provider' } });
  }
}

// The audit hook for reads of clinical data (a patient's logs, measurements, goals). Every such read calls
// record() inside the request transaction, with who read what.
//
// AUDIT HOOK: the platform audit module (AuditService.recordAccess) is being built separately; once it
// exists, record() forwards to it. Until then this is the single place to wire, and it writes nothing.
import { Injectable } from '@nestjs/common';

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
  async record(_read: ClinicalRead): Promise<void> {
    // Wired to the audit module when it lands (see the header).
  }
}

// The audit hook for reads of medical records. Every list or get of medical_records calls record() inside
// the request transaction with who read which rows.
//
// AUDIT HOOK: the platform audit module (AuditService.recordAccess) is being built separately; once it
// exists, record() forwards to it. Until then this is the single place to wire, and it writes nothing.
import { Injectable } from '@nestjs/common';

export interface ClinicalAccess {
  table: 'medical_records';
  action: 'read';
  rowIds: string[];
  patientIds: string[];
}

@Injectable()
export class ClinicalAccessAudit {
  async record(_access: ClinicalAccess): Promise<void> {
    // Wired to the audit module when it lands (see the header).
  }
}

// The entities this module owns, registered with TypeOrmModule.forFeature in its module and listed in
// src/entities.ts for the CLI, the drift test and the schema diagram.
import { AuditLogArchive } from './audit-log-archive.entity';
import { AuditLogExport } from './audit-log-export.entity';
import { AuditLog } from './audit-log.entity';

export { AuditLog, AuditLogArchive, AuditLogExport };
export const AUDIT_ENTITIES: Function[] = [AuditLog, AuditLogArchive, AuditLogExport];

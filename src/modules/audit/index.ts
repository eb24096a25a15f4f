// The audit module's public surface: what other modules and the composition roots may import. Its entity
// types are also reachable as `import type` from its entities/ folder.
export { AuditModule } from './audit.module';
export { AuditService } from './audit.service';
export { runVerifyExport, VERIFY_USAGE } from './audit-export.command';

import { Global, Module } from '@nestjs/common';
import { AuditArchiveJob } from './audit-archive.job';
import { AuditReportsService } from './audit-reports.service';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

// Global: every module that reads clinical data records it through AuditService.
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditReportsService, AuditArchiveJob],
  exports: [AuditService],
})
export class AuditModule {}

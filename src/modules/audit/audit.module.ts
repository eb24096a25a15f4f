import { Global, Module } from '@nestjs/common';
import { AuditReportsService } from './audit-reports.service';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

// Global: every module that reads clinical data records it through AuditService.
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditReportsService],
  exports: [AuditService],
})
export class AuditModule {}

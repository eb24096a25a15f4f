import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditArchiveJob } from './audit-archive.job';
import { AuditExportJob } from './audit-export.job';
import { AuditReportsService } from './audit-reports.service';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { AUDIT_ENTITIES } from './entities';

// Global: every module that reads clinical data records it through AuditService.
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(AUDIT_ENTITIES)],
  controllers: [AuditController],
  providers: [AuditService, AuditReportsService, AuditArchiveJob, AuditExportJob],
  exports: [AuditService],
})
export class AuditModule {}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/decorators/access.decorator';
import { AuditReportsService } from './audit-reports.service';
import {
  AuditLogPageDto,
  AuditLogQueryDto,
  AuditVerificationDto,
  SuspiciousActivityListDto,
  SuspiciousQueryDto,
} from './dto/audit.dto';

// Admins of the organization only. Admin API keys may read too (exporting the log to a SIEM).
@ApiTags('audit')
@Controller('api/audit')
export class AuditController {
  constructor(private readonly reports: AuditReportsService) {}

  @Get('logs')
  @Authenticated({ roles: ['admin'] })
  @ApiOperation({ summary: "The organization's audit log (live and archived rows), newest first, filtered" })
  @ApiOkResponse({ type: AuditLogPageDto })
  logs(@Query() q: AuditLogQueryDto): Promise<AuditLogPageDto> {
    return this.reports.logs(q);
  }

  @Get('verify')
  @Authenticated({ roles: ['admin'] })
  @ApiOperation({
    summary: "Recompute the organization's audit hash chain and name the first row that does not verify",
  })
  @ApiOkResponse({ type: AuditVerificationDto })
  verify(): Promise<AuditVerificationDto> {
    return this.reports.verify();
  }

  @Get('suspicious')
  @Authenticated({ roles: ['admin'] })
  @ApiOperation({
    summary:
      'Bursts of denied access, mass reads and failed sign-ins in the recent log (detect_suspicious_activity)',
  })
  @ApiOkResponse({ type: SuspiciousActivityListDto })
  suspicious(@Query() q: SuspiciousQueryDto): Promise<SuspiciousActivityListDto> {
    return this.reports.suspicious(q);
  }
}

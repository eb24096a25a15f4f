// Break-the-glass: a provider opens emergency access to a patient outside their care team, with a reason,
// for the configured time; admins and the patient are notified and reads under it are marked in the audit log.
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { BreakGlassService } from './break-glass.service';
import { ConflictDoc, IdParam, NotFoundDoc, PatientIdParam } from './care-team.decorators';
import { BreakGlassGrantDto, BreakGlassGrantPageDto } from './dto/break-glass-grant.response.dto';
import { BreakGlassQueryDto } from './dto/list-break-glass.query.dto';
import { OpenBreakGlassDto } from './dto/open-break-glass.dto';

@ApiTags('break-glass')
@Controller('api')
export class BreakGlassController {
  constructor(private readonly breakGlass: BreakGlassService) {}

  @Post('patients/:patientId/break-glass')
  @Authenticated({ roles: ['provider'], apiKeys: false })
  @ApiOperation({
    summary:
      "Open emergency access to a patient outside one's care team (a provider, with a reason; time-boxed, audited, admins and the patient notified)",
  })
  @ApiCreatedResponse({ type: BreakGlassGrantDto })
  @NotFoundDoc('No such patient record in the organization')
  @ConflictDoc('Already on the care team, or emergency access to this patient is already open')
  open(@PatientIdParam() patientId: string, @Body() dto: OpenBreakGlassDto) {
    return this.breakGlass.open(patientId, dto);
  }

  @Get('break-glass')
  @Authenticated({ roles: ['admin', 'provider', 'patient'], apiKeys: false })
  @ApiOperation({
    summary:
      "Emergency access grants: an admin the organization's, a provider their own, a patient those about them",
  })
  @ApiOkResponse({ type: BreakGlassGrantPageDto })
  list(@Query() q: BreakGlassQueryDto) {
    return this.breakGlass.list(q);
  }

  @Get('break-glass/:id')
  @Authenticated({ roles: ['admin', 'provider', 'patient'], apiKeys: false })
  @ApiOperation({ summary: 'One emergency access grant' })
  @ApiOkResponse({ type: BreakGlassGrantDto })
  @NotFoundDoc()
  get(@IdParam() id: string) {
    return this.breakGlass.get(id);
  }

  @Post('break-glass/:id/close')
  @HttpCode(200)
  @Authenticated({ roles: ['admin', 'provider'], apiKeys: false })
  @ApiOperation({
    summary: 'Close emergency access before it expires (the provider who opened it, or an admin)',
  })
  @ApiOkResponse({ type: BreakGlassGrantDto })
  @NotFoundDoc()
  @ConflictDoc('Already closed')
  close(@IdParam() id: string) {
    return this.breakGlass.close(id);
  }
}

// Care teams: who treats whom. Granted and ended by an admin or by the patient; a provider reads their own
// entries. Only an entry in force makes a provider treating (the database's relationship helpers read it).
import { Body, Controller, Delete, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { CareTeamMembersService } from './care-team-members.service';
import { ConflictDoc, IdParam, NotFoundDoc, PatientIdParam } from './care-team.decorators';
import { CareTeamMemberDto, CareTeamMemberPageDto } from './dto/care-team-member.response.dto';
import { CreateCareTeamMemberDto } from './dto/create-care-team-member.dto';
import { CareTeamQueryDto, PatientCareTeamQueryDto } from './dto/list-care-team.query.dto';

/** Who sees entries (RLS narrows: an admin all, a patient their own record's, a provider their own). */
const Readers = () => Authenticated({ roles: ['admin', 'provider', 'patient'], apiKeys: false });
/** Who grants and ends: an admin, or the patient for their own record. */
const Granters = () => Authenticated({ roles: ['admin', 'patient'], apiKeys: false });

@ApiTags('care-team')
@Controller('api')
export class CareTeamMembersController {
  constructor(private readonly careTeam: CareTeamMembersService) {}

  @Get('patients/:patientId/care-team')
  @Readers()
  @ApiOperation({ summary: "A patient's care team, newest first (patientId is the patient record's id)" })
  @ApiOkResponse({ type: CareTeamMemberPageDto })
  @NotFoundDoc('No such patient record, or not visible to the caller')
  listForPatient(@PatientIdParam() patientId: string, @Query() q: PatientCareTeamQueryDto) {
    return this.careTeam.listForPatient(patientId, q);
  }

  @Post('patients/:patientId/care-team')
  @Granters()
  @ApiOperation({
    summary:
      "Add a provider to a patient's care team (an admin, or the patient; never oneself as the provider)",
  })
  @ApiCreatedResponse({ type: CareTeamMemberDto })
  @NotFoundDoc('No such patient record or provider, or not visible to the caller')
  @ConflictDoc('The provider is already on the care team')
  grant(@PatientIdParam() patientId: string, @Body() dto: CreateCareTeamMemberDto) {
    return this.careTeam.grant(patientId, dto);
  }

  @Get('care-team')
  @Readers()
  @ApiOperation({
    summary:
      "Care-team entries: an admin the organization's, a patient their own record's, a provider their own",
  })
  @ApiOkResponse({ type: CareTeamMemberPageDto })
  list(@Query() q: CareTeamQueryDto) {
    return this.careTeam.list(q);
  }

  @Get('care-team/:id')
  @Readers()
  @ApiOperation({ summary: 'One care-team entry' })
  @ApiOkResponse({ type: CareTeamMemberDto })
  @NotFoundDoc()
  get(@IdParam() id: string) {
    return this.careTeam.get(id);
  }

  @Delete('care-team/:id')
  @Granters()
  @ApiOperation({
    summary:
      'End a care-team entry (the provider stops treating the patient at once; the entry stays as history)',
  })
  @ApiOkResponse({ type: CareTeamMemberDto, description: 'The ended entry' })
  @NotFoundDoc()
  @ConflictDoc('Already ended')
  end(@IdParam() id: string) {
    return this.careTeam.end(id);
  }
}

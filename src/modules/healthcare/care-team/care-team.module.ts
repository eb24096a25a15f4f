// Healthcare, care teams: who treats whom (care_team_members) and emergency access outside the care team
// (break_glass_grants). The rules are the database's; these routes ask.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BreakGlassController } from './break-glass.controller';
import { BreakGlassRepository } from './break-glass.repository';
import { BreakGlassService } from './break-glass.service';
import { CareTeamMembersController } from './care-team-members.controller';
import { CareTeamMembersRepository } from './care-team-members.repository';
import { CareTeamMembersService } from './care-team-members.service';
import { CARE_TEAM_ENTITIES } from './entities';
import { ModuleGate } from '../../../common/module-gate/module-gate.decorator';

@ModuleGate('healthcare')
@Module({
  imports: [TypeOrmModule.forFeature(CARE_TEAM_ENTITIES)],
  controllers: [CareTeamMembersController, BreakGlassController],
  providers: [CareTeamMembersRepository, CareTeamMembersService, BreakGlassRepository, BreakGlassService],
})
export class CareTeamModule {}

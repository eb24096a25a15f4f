// A treating provider's view of a patient's clinical data. Only while the provider has a booking,
// appointment or medical record with the patient (app_private.provider_treats); otherwise 404.
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { ProblemDto } from '../../../common/dto/problem.dto';
import {
  ActivityLogPageDto,
  ActivityLogQueryDto,
  ConditionEventPageDto,
  ConditionEventQueryDto,
  FoodLogPageDto,
  FoodLogQueryDto,
  HealthGoalPageDto,
  HealthGoalQueryDto,
  MeasurementPageDto,
  MeasurementQueryDto,
} from './dto/patient-data.dto';
import { PatientDataService } from './patient-data.service';
import { ACTIVITY_LOG, CONDITION_EVENTS, FOOD_LOG, HEALTH_GOALS, MEASUREMENTS } from './resources';

const uuid = new ParseUUIDPipe({ version: '4' });
const NOT_TREATING = 'The patient does not exist or you are not treating them';

@ApiTags('patient data (providers)')
@Controller('api/patients/:patientId')
export class PatientClinicalDataController {
  constructor(private readonly data: PatientDataService) {}

  @Get('measurements')
  @Authenticated({ roles: ['provider'], apiKeys: false })
  @ApiOperation({ summary: "A treated patient's measurements (audited)" })
  @ApiOkResponse({ type: MeasurementPageDto })
  @ApiNotFoundResponse({ description: NOT_TREATING, type: ProblemDto })
  measurements(@Param('patientId', uuid) patientId: string, @Query() q: MeasurementQueryDto) {
    return this.data.listForPatient(MEASUREMENTS, patientId, { ...q });
  }

  @Get('food-logs')
  @Authenticated({ roles: ['provider'], apiKeys: false })
  @ApiOperation({ summary: "A treated patient's food log (audited)" })
  @ApiOkResponse({ type: FoodLogPageDto })
  @ApiNotFoundResponse({ description: NOT_TREATING, type: ProblemDto })
  foodLogs(@Param('patientId', uuid) patientId: string, @Query() q: FoodLogQueryDto) {
    return this.data.listForPatient(FOOD_LOG, patientId, { ...q });
  }

  @Get('activity-logs')
  @Authenticated({ roles: ['provider'], apiKeys: false })
  @ApiOperation({ summary: "A treated patient's activity log (audited)" })
  @ApiOkResponse({ type: ActivityLogPageDto })
  @ApiNotFoundResponse({ description: NOT_TREATING, type: ProblemDto })
  activityLogs(@Param('patientId', uuid) patientId: string, @Query() q: ActivityLogQueryDto) {
    return this.data.listForPatient(ACTIVITY_LOG, patientId, { ...q });
  }

  @Get('condition-events')
  @Authenticated({ roles: ['provider'], apiKeys: false })
  @ApiOperation({ summary: "A treated patient's condition events (audited)" })
  @ApiOkResponse({ type: ConditionEventPageDto })
  @ApiNotFoundResponse({ description: NOT_TREATING, type: ProblemDto })
  conditionEvents(@Param('patientId', uuid) patientId: string, @Query() q: ConditionEventQueryDto) {
    return this.data.listForPatient(CONDITION_EVENTS, patientId, { ...q });
  }

  @Get('health-goals')
  @Authenticated({ roles: ['provider'], apiKeys: false })
  @ApiOperation({ summary: "A treated patient's health goals with progress (audited)" })
  @ApiOkResponse({ type: HealthGoalPageDto })
  @ApiNotFoundResponse({ description: NOT_TREATING, type: ProblemDto })
  healthGoals(@Param('patientId', uuid) patientId: string, @Query() q: HealthGoalQueryDto) {
    return this.data.listForPatient(HEALTH_GOALS, patientId, { ...q });
  }
}

// A treating provider's view of a patient's clinical data. Only while the provider has a booking,
// appointment or medical record with the patient (app_private.provider_treats); otherwise 404.
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { ProblemDto } from '../../../common/dto/problem.dto';
import { ActivityLogQueryDto } from './dto/activity-log-query.dto';
import { ActivityLogPageDto } from './dto/activity-log.response.dto';
import { ConditionEventQueryDto } from './dto/condition-event-query.dto';
import { ConditionEventPageDto } from './dto/condition-event.response.dto';
import { FoodLogQueryDto } from './dto/food-log-query.dto';
import { FoodLogPageDto } from './dto/food-log.response.dto';
import { HealthGoalQueryDto } from './dto/health-goal-query.dto';
import { HealthGoalPageDto } from './dto/health-goal.response.dto';
import { MeasurementQueryDto } from './dto/measurement-query.dto';
import { MeasurementPageDto } from './dto/measurement.response.dto';
import { PatientClinicalDataService } from './patient-clinical-data.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const NOT_TREATING = 'The patient does not exist or you are not treating them';

@ApiTags('patient data (providers)')
@Controller('api/patients/:patientId')
export class PatientClinicalDataController {
  constructor(private readonly clinicalData: PatientClinicalDataService) {}

  @Get('measurements')
  @Authenticated({ roles: ['provider'], apiKeys: false })
  @ApiOperation({ summary: "A treated patient's measurements (audited)" })
  @ApiOkResponse({ type: MeasurementPageDto })
  @ApiNotFoundResponse({ description: NOT_TREATING, type: ProblemDto })
  measurements(
    @Param('patientId', uuid) patientId: string,
    @Query() q: MeasurementQueryDto,
  ): Promise<MeasurementPageDto> {
    return this.clinicalData.listMeasurements(patientId, q);
  }

  @Get('food-logs')
  @Authenticated({ roles: ['provider'], apiKeys: false })
  @ApiOperation({ summary: "A treated patient's food log (audited)" })
  @ApiOkResponse({ type: FoodLogPageDto })
  @ApiNotFoundResponse({ description: NOT_TREATING, type: ProblemDto })
  foodLogs(
    @Param('patientId', uuid) patientId: string,
    @Query() q: FoodLogQueryDto,
  ): Promise<FoodLogPageDto> {
    return this.clinicalData.listFoodLogs(patientId, q);
  }

  @Get('activity-logs')
  @Authenticated({ roles: ['provider'], apiKeys: false })
  @ApiOperation({ summary: "A treated patient's activity log (audited)" })
  @ApiOkResponse({ type: ActivityLogPageDto })
  @ApiNotFoundResponse({ description: NOT_TREATING, type: ProblemDto })
  activityLogs(
    @Param('patientId', uuid) patientId: string,
    @Query() q: ActivityLogQueryDto,
  ): Promise<ActivityLogPageDto> {
    return this.clinicalData.listActivityLogs(patientId, q);
  }

  @Get('condition-events')
  @Authenticated({ roles: ['provider'], apiKeys: false })
  @ApiOperation({ summary: "A treated patient's condition events (audited)" })
  @ApiOkResponse({ type: ConditionEventPageDto })
  @ApiNotFoundResponse({ description: NOT_TREATING, type: ProblemDto })
  conditionEvents(
    @Param('patientId', uuid) patientId: string,
    @Query() q: ConditionEventQueryDto,
  ): Promise<ConditionEventPageDto> {
    return this.clinicalData.listConditionEvents(patientId, q);
  }

  @Get('health-goals')
  @Authenticated({ roles: ['provider'], apiKeys: false })
  @ApiOperation({ summary: "A treated patient's health goals with progress (audited)" })
  @ApiOkResponse({ type: HealthGoalPageDto })
  @ApiNotFoundResponse({ description: NOT_TREATING, type: ProblemDto })
  healthGoals(
    @Param('patientId', uuid) patientId: string,
    @Query() q: HealthGoalQueryDto,
  ): Promise<HealthGoalPageDto> {
    return this.clinicalData.listHealthGoals(patientId, q);
  }
}

// A treating provider's reads of a patient's clinical data. Only while the provider treats the patient
// (app_private.provider_treats); otherwise 404, the same as a patient that does not exist, and the refusal is
// recorded. Every read is audited like the patient's own, with via 'provider'.
import { Injectable } from '@nestjs/common';
import type { Page } from '../../../common/pagination';
import { notFound } from '../../../common/errors/domain-error';
import { ActivityLogsRepository } from './activity-logs.repository';
import { toActivityLogDto } from './activity-logs.mapper';
import { caller } from './caller';
import { ClinicalReadAudit } from './clinical-read-audit';
import { ConditionEventsRepository } from './condition-events.repository';
import { toConditionEventDto } from './condition-events.mapper';
import type { ActivityLogQueryDto } from './dto/activity-log-query.dto';
import type { ActivityLogPageDto } from './dto/activity-log.response.dto';
import type { ConditionEventQueryDto } from './dto/condition-event-query.dto';
import type { ConditionEventPageDto } from './dto/condition-event.response.dto';
import type { FoodLogQueryDto } from './dto/food-log-query.dto';
import type { FoodLogPageDto } from './dto/food-log.response.dto';
import type { HealthGoalQueryDto } from './dto/health-goal-query.dto';
import type { HealthGoalPageDto } from './dto/health-goal.response.dto';
import type { MeasurementQueryDto } from './dto/measurement-query.dto';
import type { MeasurementPageDto } from './dto/measurement.response.dto';
import { FoodLogsRepository } from './food-logs.repository';
import { toFoodLogDto } from './food-logs.mapper';
import { HealthGoalsRepository } from './health-goals.repository';
import { toHealthGoalDto } from './health-goals.mapper';
import { MeasurementsRepository } from './measurements.repository';
import { toMeasurementDto } from './measurements.mapper';
import { providerTreats } from './patient-clinical-data.queries';

@Injectable()
export class PatientClinicalDataService {
  constructor(
    private readonly audit: ClinicalReadAudit,
    private readonly measurements: MeasurementsRepository,
    private readonly foodLogs: FoodLogsRepository,
    private readonly activityLogs: ActivityLogsRepository,
    private readonly conditionEvents: ConditionEventsRepository,
    private readonly healthGoals: HealthGoalsRepository,
  ) {}

  listMeasurements(patientId: string, q: MeasurementQueryDto): Promise<MeasurementPageDto> {
    return this.read(
      'measurements',
      patientId,
      (orgId) => this.measurements.list(patientId, orgId, q),
      toMeasurementDto,
    );
  }

  listFoodLogs(patientId: string, q: FoodLogQueryDto): Promise<FoodLogPageDto> {
    return this.read(
      'patient_food_log',
      patientId,
      (orgId) => this.foodLogs.list(patientId, orgId, q),
      toFoodLogDto,
    );
  }

  listActivityLogs(patientId: string, q: ActivityLogQueryDto): Promise<ActivityLogPageDto> {
    return this.read(
      'patient_activity_log',
      patientId,
      (orgId) => this.activityLogs.list(patientId, orgId, q),
      toActivityLogDto,
    );
  }

  listConditionEvents(patientId: string, q: ConditionEventQueryDto): Promise<ConditionEventPageDto> {
    return this.read(
      'patient_condition_events',
      patientId,
      (orgId) => this.conditionEvents.list(patientId, orgId, q),
      toConditionEventDto,
    );
  }

  listHealthGoals(patientId: string, q: HealthGoalQueryDto): Promise<HealthGoalPageDto> {
    return this.read(
      'patient_health_goals',
      patientId,
      (orgId) => this.healthGoals.list(patientId, orgId, q),
      toHealthGoalDto,
    );
  }

  /** The relationship check, the page (the patient's rows in the provider's org), the audit record. */
  private async read<E extends { id: string }, D>(
    table: string,
    patientId: string,
    list: (orgId: string) => Promise<Page<E>>,
    toDto: (row: E) => D,
  ): Promise<{ items: D[]; nextCursor: string | null }> {
    if (!(await providerTreats(patientId))) {
      this.audit.recordDenied(table, patientId);
      throw notFound('patient');
    }
    const page = await list(caller().orgId);
    await this.audit.record({ table, patientId, rowIds: page.items.map((r) => r.id), via: 'provider' });
    return { items: page.items.map(toDto), nextCursor: page.nextCursor };
  }
}

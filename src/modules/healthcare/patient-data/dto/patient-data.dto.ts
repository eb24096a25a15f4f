// The patient's own data (seed H) and the companion app's tables (seed C).
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length } from 'class-validator';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../../common/pagination';
import {
  BoolField,
  DateField,
  DecimalField,
  EnumField,
  Id,
  IntField,
  Out,
  OutNullable,
  QueryBool,
  QueryEnum,
  QueryText,
  QueryTime,
  QueryUuid,
  TextField,
  TimeField,
  TimestampField,
  UuidField,
} from './fields';

export const MEASUREMENT_SOURCES = ['manual', 'device', 'import', 'clinic'] as const;
export const INTENSITIES = ['low', 'moderate', 'high', 'very_high'] as const;
export const GOAL_STATUSES = ['active', 'paused', 'completed', 'abandoned'] as const;
export const IMPORT_STATUSES = ['active', 'paused', 'error', 'revoked'] as const;

class PatientRowDto {
  @Id() id!: string;
  @Out({ format: 'uuid' }) orgId!: string;
  @Out({ format: 'uuid' }) patientId!: string;
  @Out() createdAt!: Date;
  @Out() updatedAt!: Date;
}
class UserRowDto {
  @Id() id!: string;
  @Out({ format: 'uuid' }) orgId!: string;
  @Out({ format: 'uuid' }) userId!: string;
  @Out() createdAt!: Date;
  @Out() updatedAt!: Date;
}
class TimeRangeQueryDto extends PageQueryDto {
  @QueryTime('Inclusive lower bound of the entry time') from?: string;
  @QueryTime('Exclusive upper bound of the entry time') to?: string;
}

// ---- measurements ----
export class CreateMeasurementDto {
  @TextField(64, { required: true, example: 'weight', description: 'snake_case kind: weight, glucose, heart_rate, ...' })
  measurementType!: string;
  @DecimalField({ required: true, example: '72.5' }) value!: string;
  @TextField(32, { example: 'kg' }) unit?: string | null;
  @TimestampField({ description: 'Defaults to now' }) measuredAt?: string;
  @EnumField(MEASUREMENT_SOURCES, { description: 'Defaults to manual' }) source?: string;
  @TextField(2000) notes?: string | null;
  @UuidField({ description: 'The order item the reading relates to (commerce)' }) orderItemId?: string | null;
}
export class UpdateMeasurementDto extends PartialType(CreateMeasurementDto) {}
export class MeasurementDto extends PatientRowDto {
  @Out() measurementType!: string;
  @Out({ type: String, example: '72.5', description: 'Decimal as a string' }) value!: string;
  @OutNullable() unit!: string | null;
  @Out() measuredAt!: Date;
  @Out({ enum: MEASUREMENT_SOURCES }) source!: string;
  @OutNullable() notes!: string | null;
  @OutNullable({ format: 'uuid' }) orderItemId!: string | null;
}
export class MeasurementPageDto extends PageMetaDto {
  @ApiProperty({ type: [MeasurementDto] }) items!: MeasurementDto[];
}
export class MeasurementQueryDto extends TimeRangeQueryDto {
  @QueryText(64) measurementType?: string;
  @QueryEnum(MEASUREMENT_SOURCES) source?: string;
}

// ---- food log ----
export class CreateFoodLogDto {
  @TimestampField({ description: 'Defaults to now' }) timestamp?: string;
  @TextField(200, { required: true }) foodName!: string;
  @DecimalField({ nonNegative: true, example: '1.5' }) quantity?: string | null;
  @TextField(32) unit?: string | null;
  @IntField(0, 100000) calories?: number | null;
  @DecimalField({ nonNegative: true, example: '12.4' }) protein?: string | null;
  @DecimalField({ nonNegative: true, example: '30' }) carbs?: string | null;
  @DecimalField({ nonNegative: true, example: '8.2' }) fat?: string | null;
  @TextField(2000) notes?: string | null;
}
export class UpdateFoodLogDto extends PartialType(CreateFoodLogDto) {}
export class FoodLogDto extends PatientRowDto {
  @Out() timestamp!: Date;
  @Out() foodName!: string;
  @OutNullable({ type: String }) quantity!: string | null;
  @OutNullable() unit!: string | null;
  @OutNullable({ type: Number }) calories!: number | null;
  @OutNullable({ type: String }) protein!: string | null;
  @OutNullable({ type: String }) carbs!: string | null;
  @OutNullable({ type: String }) fat!: string | null;
  @OutNullable() notes!: string | null;
}
export class FoodLogPageDto extends PageMetaDto {
  @ApiProperty({ type: [FoodLogDto] }) items!: FoodLogDto[];
}
export class FoodLogQueryDto extends TimeRangeQueryDto {
  @QueryText(200) q?: string;
}

// ---- activity log ----
export class CreateActivityLogDto {
  @TextField(100, { required: true, example: 'walking' }) activityType!: string;
  @TimestampField({ description: 'Defaults to now' }) timestamp?: string;
  @IntField(0, 100000, { description: 'Minutes' }) duration?: number | null;
  @EnumField(INTENSITIES) intensity?: string | null;
  @IntField(0, 100000) caloriesBurned?: number | null;
  @TextField(2000) notes?: string | null;
}
export class UpdateActivityLogDto extends PartialType(CreateActivityLogDto) {}
export class ActivityLogDto extends PatientRowDto {
  @Out() activityType!: string;
  @Out() timestamp!: Date;
  @OutNullable({ type: Number }) duration!: number | null;
  @OutNullable({ enum: INTENSITIES }) intensity!: string | null;
  @OutNullable({ type: Number }) caloriesBurned!: number | null;
  @OutNullable() notes!: string | null;
}
export class ActivityLogPageDto extends PageMetaDto {
  @ApiProperty({ type: [ActivityLogDto] }) items!: ActivityLogDto[];
}
export class ActivityLogQueryDto extends TimeRangeQueryDto {
  @QueryText() activityType?: string;
  @QueryEnum(INTENSITIES) intensity?: string;
}

// ---- condition events ----
export class CreateConditionEventDto {
  @UuidField({ description: 'A condition of the catalog of this organization' }) conditionId?: string | null;
  @TextField(100, { required: true, example: 'flare_up' }) eventType!: string;
  @TimestampField({ description: 'Defaults to now' }) timestamp?: string;
  @IntField(0, 10) severity?: number | null;
  @TextField(2000) notes?: string | null;
}
export class UpdateConditionEventDto extends PartialType(CreateConditionEventDto) {}
export class ConditionEventDto extends PatientRowDto {
  @OutNullable({ format: 'uuid' }) conditionId!: string | null;
  @Out() eventType!: string;
  @Out() timestamp!: Date;
  @OutNullable({ type: Number }) severity!: number | null;
  @OutNullable() notes!: string | null;
}
export class ConditionEventPageDto extends PageMetaDto {
  @ApiProperty({ type: [ConditionEventDto] }) items!: ConditionEventDto[];
}
export class ConditionEventQueryDto extends TimeRangeQueryDto {
  @QueryUuid() conditionId?: string;
  @QueryText() eventType?: string;
}

// ---- health goals ----
export class CreateHealthGoalDto {
  @TextField(200, { required: true, example: 'Walk 10,000 steps a day' }) title!: string;
  @TextField(2000) description?: string | null;
  @DecimalField({ example: '10000' }) targetValue?: string | null;
  @DecimalField({ example: '6500' }) currentValue?: string | null;
  @DecimalField({ description: 'Starting value; makes progress work for goals that go down (weight 90 -> 80)' })
  baselineValue?: string | null;
  @TextField(32) unit?: string | null;
  @TimestampField({ description: 'Defaults to now' }) startDate?: string;
  @TimestampField() targetDate?: string | null;
  @EnumField(GOAL_STATUSES, { description: 'Defaults to active' }) status?: string;
}
export class UpdateHealthGoalDto extends PartialType(CreateHealthGoalDto) {}
export class HealthGoalDto extends PatientRowDto {
  @Out() title!: string;
  @OutNullable() description!: string | null;
  @OutNullable({ type: String }) targetValue!: string | null;
  @OutNullable({ type: String }) currentValue!: string | null;
  @OutNullable({ type: String }) baselineValue!: string | null;
  @OutNullable() unit!: string | null;
  @Out() startDate!: Date;
  @OutNullable() targetDate!: Date | null;
  @Out({ enum: GOAL_STATUSES }) status!: string;
  @OutNullable({
    type: String,
    example: '65.00',
    description:
      'Progress towards the target in percent, 0 to 100 with two decimals, as a string: (current - baseline) / (target - baseline), or current / target without a baseline; null when a value is missing',
  })
  progressPercent!: string | null;
}
export class HealthGoalPageDto extends PageMetaDto {
  @ApiProperty({ type: [HealthGoalDto] }) items!: HealthGoalDto[];
}
export class HealthGoalQueryDto extends TimeRangeQueryDto {
  @QueryEnum(GOAL_STATUSES) status?: string;
}

// ---- import sources ----
export class CreateImportSourceDto {
  @TextField(200, { required: true, example: 'Fitbit' }) sourceName!: string;
  @TextField(50, { required: true, example: 'wearable' }) sourceType!: string;
  @ApiPropertyOptional({ nullable: true, writeOnly: true, description: 'Stored encrypted; never returned' })
  @IsOptional()
  @IsString()
  @Length(1, 4096)
  authToken?: string | null;
  @EnumField(IMPORT_STATUSES, { description: 'Defaults to active' }) status?: string;
}
export class UpdateImportSourceDto extends PartialType(CreateImportSourceDto) {}
export class ImportSourceDto extends PatientRowDto {
  @Out() sourceName!: string;
  @Out() sourceType!: string;
  @Out({ description: 'Whether an auth token is stored (the token itself is never returned)' }) hasToken!: boolean;
  @Out({ enum: IMPORT_STATUSES }) status!: string;
  @OutNullable() lastSync!: Date | null;
}
export class ImportSourcePageDto extends PageMetaDto {
  @ApiProperty({ type: [ImportSourceDto] }) items!: ImportSourceDto[];
}
export class ImportSourceQueryDto extends PageQueryDto {
  @QueryText(50) sourceType?: string;
  @QueryEnum(IMPORT_STATUSES) status?: string;
}

// ---- learning progress ----
export class CreateLearningProgressDto {
  @UuidField({ required: true }) resourceId!: string;
  @IntField(0, 100) progressPercent?: number;
  @BoolField() completed?: boolean;
  @TimestampField() lastAccessed?: string | null;
}
export class UpdateLearningProgressDto extends PartialType(CreateLearningProgressDto) {}
export class LearningProgressDto extends PatientRowDto {
  @Out({ format: 'uuid' }) resourceId!: string;
  @Out() progressPercent!: number;
  @Out() completed!: boolean;
  @OutNullable() lastAccessed!: Date | null;
}
export class LearningProgressPageDto extends PageMetaDto {
  @ApiProperty({ type: [LearningProgressDto] }) items!: LearningProgressDto[];
}
export class LearningProgressQueryDto extends PageQueryDto {
  @QueryUuid() resourceId?: string;
  @QueryBool() completed?: string;
}

// ---- companion app: daily moods ----
export class CreateDailyMoodDto {
  @TextField(50, { required: true, example: 'calm' }) emotion!: string;
  @IntField(1, 10) intensity?: number | null;
  @TextField(50, { example: 'mango' }) fruit?: string | null;
  @TextField(2000) note?: string | null;
}
export class UpdateDailyMoodDto extends PartialType(CreateDailyMoodDto) {}
export class DailyMoodDto extends UserRowDto {
  @Out() emotion!: string;
  @OutNullable({ type: Number }) intensity!: number | null;
  @OutNullable() fruit!: string | null;
  @OutNullable() note!: string | null;
}
export class DailyMoodPageDto extends PageMetaDto {
  @ApiProperty({ type: [DailyMoodDto] }) items!: DailyMoodDto[];
}
export class DailyMoodQueryDto extends TimeRangeQueryDto {
  @QueryText(50) emotion?: string;
}

// ---- companion app: journal ----
export class CreateJournalEntryDto {
  @TextField(200) title?: string | null;
  @TextField(100000, { required: true }) content!: string;
  @DateField({ description: 'Defaults to today' }) date?: string;
  @TextField(50) emotion?: string | null;
  @ApiPropertyOptional({ type: [String], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  tags?: string[];
}
export class UpdateJournalEntryDto extends PartialType(CreateJournalEntryDto) {}
export class JournalEntryDto extends UserRowDto {
  @OutNullable() title!: string | null;
  @Out() content!: string;
  @Out({ format: 'date' }) date!: string;
  @OutNullable() emotion!: string | null;
  @Out({ type: [String] }) tags!: string[];
}
export class JournalEntryPageDto extends PageMetaDto {
  @ApiProperty({ type: [JournalEntryDto] }) items!: JournalEntryDto[];
}
export class JournalEntryQueryDto extends TimeRangeQueryDto {
  @QueryText(50) emotion?: string;
  @QueryText(50) tag?: string;
  @QueryText(200) q?: string;
}

// ---- companion app: calendar ----
export class CreateCalendarEventDto {
  @DateField({ required: true }) date!: string;
  @TimeField() startTime?: string | null;
  @TimeField() endTime?: string | null;
  @TextField(200, { required: true }) title!: string;
  @TextField(5000) description?: string | null;
  @TextField(200) locationName?: string | null;
  @TextField(500) locationAddress?: string | null;
  @DecimalField({ example: '48.856600' }) locationLat?: string | null;
  @DecimalField({ example: '2.352200' }) locationLng?: string | null;
  @TextField(50) emotion?: string | null;
  @IntField(1, 10) intensity?: number | null;
}
export class UpdateCalendarEventDto extends PartialType(CreateCalendarEventDto) {}
export class CalendarEventDto extends UserRowDto {
  @Out({ format: 'date' }) date!: string;
  @OutNullable({ example: '09:30' }) startTime!: string | null;
  @OutNullable({ example: '10:30' }) endTime!: string | null;
  @Out() title!: string;
  @OutNullable() description!: string | null;
  @OutNullable() locationName!: string | null;
  @OutNullable() locationAddress!: string | null;
  @OutNullable({ type: String }) locationLat!: string | null;
  @OutNullable({ type: String }) locationLng!: string | null;
  @OutNullable() emotion!: string | null;
  @OutNullable({ type: Number }) intensity!: number | null;
}
export class CalendarEventPageDto extends PageMetaDto {
  @ApiProperty({ type: [CalendarEventDto] }) items!: CalendarEventDto[];
}
export class CalendarEventQueryDto extends TimeRangeQueryDto {
  @QueryText(50) emotion?: string;
  @QueryText(200) q?: string;
}

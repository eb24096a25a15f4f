// Facilities, chambers, maintenance windows, chamber schedules and availability.
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../../common/pagination';
import { MaxDecimalPlaces } from '../../../../common/validation';
import { IsTimeZone } from './fields';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CreateFacilityDto {
  @ApiProperty({ example: 'Northside Hyperbaric Centre' }) @IsString() @Length(1, 200) name!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) addressLine1?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) addressLine2?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) city?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) region?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(20) postalCode?: string;
  @ApiPropertyOptional({ nullable: true, example: 'GB', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(320) email?: string;
  @ApiPropertyOptional({ nullable: true, example: 'Europe/London', default: 'UTC', description: 'IANA zone; opening hours are read in it.' })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;
  @ApiPropertyOptional({ nullable: true, default: true }) @IsOptional() @IsBoolean() isActive?: boolean;
}
export class UpdateFacilityDto extends PartialType(CreateFacilityDto) {}

export class FacilityDto extends CreateFacilityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class FacilityPageDto extends PageMetaDto {
  @ApiProperty({ type: [FacilityDto] }) items!: FacilityDto[];
}
export class FacilityQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) city?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(toBool) @IsBoolean() isActive?: boolean;
}

export class CreateChamberDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() facilityId!: string;
  @ApiProperty({ example: 'Chamber A' }) @IsString() @Length(1, 200) name!: string;
  @ApiPropertyOptional({ nullable: true, enum: ['monoplace', 'multiplace', 'room'], default: 'monoplace' })
  @IsOptional()
  @IsIn(['monoplace', 'multiplace', 'room'])
  kind?: string;
  @ApiPropertyOptional({ nullable: true, default: 1 }) @IsOptional() @IsInt() @Min(1) @Max(100) capacity?: number;
  @ApiPropertyOptional({ nullable: true, example: 2.4 }) @IsOptional() @IsNumber() @MaxDecimalPlaces(2) @Min(0.01) @Max(10) maxPressureAta?: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) description?: string;
  @ApiPropertyOptional({ nullable: true, example: '08:00', description: 'Opening time, facility time (HH:MM)' })
  @IsOptional()
  @Matches(HHMM)
  opensAt?: string;
  @ApiPropertyOptional({ nullable: true, example: '18:00', description: 'Closing time, facility time (HH:MM; 00:00 = midnight)' })
  @IsOptional()
  @Matches(HHMM)
  closesAt?: string;
  @ApiPropertyOptional({ nullable: true, type: [Number], example: [1, 2, 3, 4, 5], description: 'ISO weekdays open (1 = Monday)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  openDays?: number[];
  @ApiPropertyOptional({ nullable: true, default: true }) @IsOptional() @IsBoolean() isActive?: boolean;
}
export class UpdateChamberDto extends PartialType(CreateChamberDto) {}
export class ChamberDto extends CreateChamberDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class ChamberPageDto extends PageMetaDto {
  @ApiProperty({ type: [ChamberDto] }) items!: ChamberDto[];
}
export class ChamberQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() facilityId?: string;
  @ApiPropertyOptional({ enum: ['monoplace', 'multiplace', 'room'] }) @IsOptional() @IsIn(['monoplace', 'multiplace', 'room']) kind?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(toBool) @IsBoolean() isActive?: boolean;
}

const MAINTENANCE_KINDS = ['scheduled', 'repair', 'inspection', 'cleaning'];
export class CreateMaintenanceDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() chamberId!: string;
  @ApiProperty() @Type(() => Date) @IsDate() startsAt!: Date;
  @ApiProperty() @Type(() => Date) @IsDate() endsAt!: Date;
  @ApiPropertyOptional({ nullable: true, enum: MAINTENANCE_KINDS, default: 'scheduled' }) @IsOptional() @IsIn(MAINTENANCE_KINDS) kind?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}
export class UpdateMaintenanceDto {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() startsAt?: Date;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() endsAt?: Date;
  @ApiPropertyOptional({ nullable: true, enum: MAINTENANCE_KINDS }) @IsOptional() @IsIn(MAINTENANCE_KINDS) kind?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}
export class MaintenanceDto extends CreateMaintenanceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class MaintenancePageDto extends PageMetaDto {
  @ApiProperty({ type: [MaintenanceDto] }) items!: MaintenanceDto[];
}
export class MaintenanceQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() chamberId?: string;
  @ApiPropertyOptional({ description: 'Windows ending after this instant' }) @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @ApiPropertyOptional({ description: 'Windows starting before this instant' }) @IsOptional() @Type(() => Date) @IsDate() to?: Date;
}

const SCHEDULE_STATUSES = ['planned', 'in_progress', 'completed', 'aborted'];
export class CreateChamberScheduleDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() bookingId!: string;
  @ApiPropertyOptional({ nullable: true, default: 1 }) @IsOptional() @IsInt() @Min(1) @Max(100) sequence?: number;
  @ApiPropertyOptional({ nullable: true, example: 2.0 }) @IsOptional() @IsNumber() @MaxDecimalPlaces(2) @Min(0.01) @Max(10) pressureAta?: number;
  @ApiProperty() @IsInt() @Min(1) @Max(720) durationMinutes!: number;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) @IsOptional() @IsUUID() operatorProviderId?: string;
  @ApiPropertyOptional({ nullable: true, enum: SCHEDULE_STATUSES }) @IsOptional() @IsIn(SCHEDULE_STATUSES) status?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() startedAt?: Date;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() endedAt?: Date;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}
export class UpdateChamberScheduleDto extends PartialType(OmitType(CreateChamberScheduleDto, ['bookingId'] as const)) {}
export class ChamberScheduleDto extends CreateChamberScheduleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class ChamberSchedulePageDto extends PageMetaDto {
  @ApiProperty({ type: [ChamberScheduleDto] }) items!: ChamberScheduleDto[];
}
export class ChamberScheduleQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() bookingId?: string;
  @ApiPropertyOptional({ enum: SCHEDULE_STATUSES }) @IsOptional() @IsIn(SCHEDULE_STATUSES) status?: string;
}

export class AvailabilityQueryDto {
  @ApiProperty({ example: '2031-03-03', description: 'The day, in the chamber facility\'s (or provider\'s) timezone' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date!: string;
  @ApiPropertyOptional({ default: 60, minimum: 5, maximum: 720 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(5)
  @Max(720)
  slotMinutes?: number;
}
export class SlotDto {
  @ApiProperty() startsAt!: Date;
  @ApiProperty() endsAt!: Date;
}
export class AvailabilityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() date!: string;
  @ApiProperty() slotMinutes!: number;
  @ApiProperty({ type: [SlotDto] }) slots!: SlotDto[];
}

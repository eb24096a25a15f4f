// Providers, patients, medical records, bookings and alerts.
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
import { IsTimeZone } from './fields';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class UpdateOwnProviderDto {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) displayName?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) specialty?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) bio?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(320) email?: string;
  @ApiPropertyOptional({ nullable: true, default: 'UTC' }) @IsOptional() @IsTimeZone() timezone?: string;
  @ApiPropertyOptional({ nullable: true, example: '09:00' }) @IsOptional() @Matches(HHMM) worksFrom?: string;
  @ApiPropertyOptional({ nullable: true, example: '17:00' }) @IsOptional() @Matches(HHMM) worksUntil?: string;
  @ApiPropertyOptional({ nullable: true, type: [Number], example: [1, 2, 3, 4, 5], description: 'ISO weekdays (1 = Monday)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  workDays?: number[];
}
export class UpdateProviderDto extends UpdateOwnProviderDto {
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) @IsOptional() @IsUUID() facilityId?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) licenseNumber?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsBoolean() isActive?: boolean;
}
export class CreateProviderDto extends OmitType(UpdateProviderDto, ['displayName'] as const) {
  @ApiProperty({ format: 'uuid', description: 'The member (user) this directory entry is for' }) @IsUUID() userId!: string;
  @ApiProperty() @IsString() @Length(1, 200) displayName!: string;
}
export class ProviderDto extends CreateProviderDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class ProviderPageDto extends PageMetaDto {
  @ApiProperty({ type: [ProviderDto] }) items!: ProviderDto[];
}
export class ProviderQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) specialty?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() facilityId?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(toBool) @IsBoolean() isActive?: boolean;
  @ApiPropertyOptional({ description: 'Name contains' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class UpdateOwnPatientDto {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(320) email?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) emergencyContactName?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) emergencyContactPhone?: string;
}
export class CreatePatientDto extends UpdateOwnPatientDto {
  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: "The patient's login, when they have one" }) @IsOptional() @IsUUID() userId?: string;
  @ApiPropertyOptional({ nullable: true, description: 'Medical record number, unique in the organization' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  mrn?: string;
  @ApiProperty() @IsString() @Length(1, 100) firstName!: string;
  @ApiProperty() @IsString() @Length(1, 100) lastName!: string;
  @ApiPropertyOptional({ nullable: true, example: '1980-04-01' }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) dateOfBirth?: string;
  @ApiPropertyOptional({ nullable: true, enum: ['female', 'male', 'other', 'unknown'] }) @IsOptional() @IsIn(['female', 'male', 'other', 'unknown']) sex?: string;
}
export class UpdatePatientDto extends PartialType(CreatePatientDto) {}
export class PatientDto extends CreatePatientDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class PatientPageDto extends PageMetaDto {
  @ApiProperty({ type: [PatientDto] }) items!: PatientDto[];
}
export class PatientQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() userId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) mrn?: string;
  @ApiPropertyOptional({ description: 'Name contains' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

const RECORD_TYPES = ['note', 'diagnosis', 'prescription', 'lab_result', 'treatment', 'imaging', 'other'];
export class CreateMedicalRecordDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() patientId!: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: "The author; defaults to the calling provider's entry" })
  @IsOptional()
  @IsUUID()
  providerId?: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) @IsOptional() @IsUUID() bookingId?: string;
  @ApiPropertyOptional({ nullable: true, enum: RECORD_TYPES, default: 'note' }) @IsOptional() @IsIn(RECORD_TYPES) recordType?: string;
  @ApiProperty() @IsString() @Length(1, 200) title!: string;
  @ApiProperty() @IsString() @MaxLength(100000) content!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() recordedAt?: Date;
}
export class UpdateMedicalRecordDto extends PartialType(OmitType(CreateMedicalRecordDto, ['patientId', 'providerId'] as const)) {}
export class MedicalRecordDto extends CreateMedicalRecordDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class MedicalRecordPageDto extends PageMetaDto {
  @ApiProperty({ type: [MedicalRecordDto] }) items!: MedicalRecordDto[];
}
export class MedicalRecordQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() patientId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() providerId?: string;
  @ApiPropertyOptional({ enum: RECORD_TYPES }) @IsOptional() @IsIn(RECORD_TYPES) recordType?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() to?: Date;
}

export const BOOKING_STATUSES = ['pending', 'confirmed', 'cancelled', 'completed'] as const;
export class CreateBookingDto {
  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: "Required for staff; a patient books for their own record" })
  @IsOptional()
  @IsUUID()
  patientId?: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() chamberId!: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) @IsOptional() @IsUUID() providerId?: string;
  @ApiProperty() @Type(() => Date) @IsDate() startsAt!: Date;
  @ApiProperty() @Type(() => Date) @IsDate() endsAt!: Date;
  @ApiPropertyOptional({
    default: false,
    description: 'Request without holding the slot (status pending, confirmed later); by default the slot is taken at once',
  })
  @IsOptional()
  @IsBoolean()
  tentative?: boolean;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}
export class UpdateBookingDto {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) notes?: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Admins only' }) @IsOptional() @IsUUID() providerId?: string;
}
export class CancelDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}
export class RescheduleBookingDto {
  @ApiProperty() @Type(() => Date) @IsDate() startsAt!: Date;
  @ApiProperty() @Type(() => Date) @IsDate() endsAt!: Date;
  @ApiPropertyOptional({ format: 'uuid', description: 'Move to another chamber' }) @IsOptional() @IsUUID() chamberId?: string;
}
export class BookingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) patientId!: string;
  @ApiProperty({ format: 'uuid' }) chamberId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) providerId!: string | null;
  @ApiProperty() startsAt!: Date;
  @ApiProperty() endsAt!: Date;
  @ApiProperty({ enum: BOOKING_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancellationReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class BookingPageDto extends PageMetaDto {
  @ApiProperty({ type: [BookingDto] }) items!: BookingDto[];
}
export class BookingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() patientId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() chamberId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() providerId?: string;
  @ApiPropertyOptional({ enum: BOOKING_STATUSES }) @IsOptional() @IsIn(BOOKING_STATUSES) status?: string;
  @ApiPropertyOptional({ description: 'Bookings ending after this instant' }) @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @ApiPropertyOptional({ description: 'Bookings starting before this instant' }) @IsOptional() @Type(() => Date) @IsDate() to?: Date;
}

export class AlertDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'booking_confirmed' }) kind!: string;
  @ApiProperty({ enum: ['info', 'warning', 'critical'] }) severity!: string;
  @ApiProperty() title!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: Date | null;
  @ApiProperty() createdAt!: Date;
}
export class AlertPageDto extends PageMetaDto {
  @ApiProperty({ type: [AlertDto] }) items!: AlertDto[];
}
export class AlertQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @Transform(toBool) @IsBoolean() unread?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(63) kind?: string;
}

// Seed V's CRM: contacts (leads) and appointments.
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../../common/pagination';

export const LEAD_SCORES = ['hot', 'warm', 'cold'] as const;
export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'booked', 'converted', 'lost'] as const;
export const APPOINTMENT_STATUSES = ['pending', 'confirmed', 'completed', 'cancelled', 'no_show'] as const;

export class CreateContactDto {
  @ApiProperty() @IsString() @Length(1, 200) name!: string;
  @ApiPropertyOptional({ nullable: true, example: '+15551234567', description: 'Unique within the organization' })
  @IsOptional()
  @IsString()
  @Length(3, 40)
  phone?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(320) email?: string;
  @ApiPropertyOptional({ nullable: true, type: [String], example: ['hbot', 'wound-care'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  serviceInterests?: string[];
  @ApiPropertyOptional({ nullable: true, enum: LEAD_SCORES, default: 'cold' }) @IsOptional() @IsIn(LEAD_SCORES) leadScore?: string;
  @ApiPropertyOptional({ nullable: true, enum: LEAD_STATUSES, default: 'new' }) @IsOptional() @IsIn(LEAD_STATUSES) leadStatus?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() lastContactAt?: Date;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) notes?: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: "The clinic's patient record this lead became" })
  @IsOptional()
  @IsUUID()
  patientId?: string;
}
export class UpdateContactDto extends PartialType(CreateContactDto) {}
export class ContactDto extends CreateContactDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class ContactPageDto extends PageMetaDto {
  @ApiProperty({ type: [ContactDto] }) items!: ContactDto[];
}
export class ContactQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: LEAD_STATUSES }) @IsOptional() @IsIn(LEAD_STATUSES) leadStatus?: string;
  @ApiPropertyOptional({ enum: LEAD_SCORES }) @IsOptional() @IsIn(LEAD_SCORES) leadScore?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) serviceInterest?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() patientId?: string;
  @ApiPropertyOptional({ description: 'Name contains' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class CreateAppointmentDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() contactId!: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) @IsOptional() @IsUUID() providerId?: string;
  @ApiProperty({ example: 'consultation' }) @IsString() @Length(1, 100) serviceType!: string;
  @ApiProperty() @Type(() => Date) @IsDate() scheduledAt!: Date;
  @ApiPropertyOptional({ nullable: true, default: 30 }) @IsOptional() @IsInt() @Min(5) @Max(480) durationMinutes?: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}
export class UpdateAppointmentDto {
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) @IsOptional() @IsUUID() providerId?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) serviceType?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) notes?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsBoolean() confirmationSent?: boolean;
}
export class RescheduleAppointmentDto {
  @ApiProperty() @Type(() => Date) @IsDate() scheduledAt!: Date;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(5) @Max(480) durationMinutes?: number;
}
export class AppointmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) contactId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) providerId!: string | null;
  @ApiProperty() serviceType!: string;
  @ApiProperty() scheduledAt!: Date;
  @ApiProperty() durationMinutes!: number;
  @ApiProperty() endsAt!: Date;
  @ApiProperty({ enum: APPOINTMENT_STATUSES }) status!: string;
  @ApiProperty() confirmationSent!: boolean;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class AppointmentPageDto extends PageMetaDto {
  @ApiProperty({ type: [AppointmentDto] }) items!: AppointmentDto[];
}
export class AppointmentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() contactId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() providerId?: string;
  @ApiPropertyOptional({ enum: APPOINTMENT_STATUSES }) @IsOptional() @IsIn(APPOINTMENT_STATUSES) status?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() to?: Date;
}

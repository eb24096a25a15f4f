import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class CreateBookingDto {
  @ApiPropertyOptional({
    nullable: true,
    format: 'uuid',
    description: 'Required for staff; a patient books for their own record',
  })
  @IsOptional()
  @IsUUID()
  patientId?: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() chamberId!: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) @IsOptional() @IsUUID() providerId?: string;
  @ApiProperty() @Type(() => Date) @IsDate() startsAt!: Date;
  @ApiProperty() @Type(() => Date) @IsDate() endsAt!: Date;
  @ApiPropertyOptional({
    default: false,
    description:
      'Request without holding the slot (status pending, confirmed later); by default the slot is taken at once',
  })
  @IsOptional()
  @IsBoolean()
  tentative?: boolean;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}

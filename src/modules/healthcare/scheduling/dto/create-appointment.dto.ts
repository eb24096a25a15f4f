import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';

export class CreateAppointmentDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() contactId!: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) @IsOptional() @IsUUID() providerId?: string;
  @ApiProperty({ example: 'consultation' }) @IsString() @Length(1, 100) serviceType!: string;
  @ApiProperty() @Type(() => Date) @IsDate() scheduledAt!: Date;
  @ApiPropertyOptional({ nullable: true, default: 30 })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(480)
  durationMinutes?: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}

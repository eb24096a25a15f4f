import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, Max, Min } from 'class-validator';

export class RescheduleAppointmentDto {
  @ApiProperty() @Type(() => Date) @IsDate() scheduledAt!: Date;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(5) @Max(480) durationMinutes?: number;
}

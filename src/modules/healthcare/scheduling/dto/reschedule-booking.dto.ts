import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsUUID } from 'class-validator';

export class RescheduleBookingDto {
  @ApiProperty() @Type(() => Date) @IsDate() startsAt!: Date;
  @ApiProperty() @Type(() => Date) @IsDate() endsAt!: Date;
  @ApiPropertyOptional({ format: 'uuid', description: 'Move to another chamber' })
  @IsOptional()
  @IsUUID()
  chamberId?: string;
}

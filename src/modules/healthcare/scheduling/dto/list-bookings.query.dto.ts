import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../../common/pagination';
import { BOOKING_STATUSES } from '../scheduling.enums';

export class BookingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() patientId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() chamberId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() providerId?: string;
  @ApiPropertyOptional({ enum: BOOKING_STATUSES }) @IsOptional() @IsIn(BOOKING_STATUSES) status?: string;
  @ApiPropertyOptional({ description: 'Bookings ending after this instant' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;
  @ApiPropertyOptional({ description: 'Bookings starting before this instant' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

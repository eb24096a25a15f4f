import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../../common/pagination';
import { SCHEDULE_STATUSES } from '../scheduling.enums';

export class ChamberScheduleQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() bookingId?: string;
  @ApiPropertyOptional({ enum: SCHEDULE_STATUSES }) @IsOptional() @IsIn(SCHEDULE_STATUSES) status?: string;
}

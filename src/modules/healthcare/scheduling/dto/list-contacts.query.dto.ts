import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../../common/pagination';
import { LEAD_SCORES, LEAD_STATUSES } from '../scheduling.enums';

export class ContactQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: LEAD_STATUSES }) @IsOptional() @IsIn(LEAD_STATUSES) leadStatus?: string;
  @ApiPropertyOptional({ enum: LEAD_SCORES }) @IsOptional() @IsIn(LEAD_SCORES) leadScore?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) serviceInterest?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() patientId?: string;
  @ApiPropertyOptional({ description: 'Name contains' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../../common/pagination';
import { CHAMBER_KINDS } from '../scheduling.enums';
import { toBool } from './fields';

export class ChamberQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() facilityId?: string;
  @ApiPropertyOptional({ enum: CHAMBER_KINDS }) @IsOptional() @IsIn(CHAMBER_KINDS) kind?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(toBool) @IsBoolean() isActive?: boolean;
}

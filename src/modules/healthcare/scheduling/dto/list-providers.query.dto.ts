import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../../common/pagination';
import { toBool } from './fields';

export class ProviderQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) specialty?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() facilityId?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(toBool) @IsBoolean() isActive?: boolean;
  @ApiPropertyOptional({ description: 'Name contains' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../../common/pagination';

export class PatientQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() userId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) mrn?: string;
  @ApiPropertyOptional({ description: 'Name contains' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

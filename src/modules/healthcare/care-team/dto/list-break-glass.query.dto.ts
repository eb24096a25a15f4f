import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../../common/pagination';
import { toBool } from './fields';

export class BreakGlassQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The patient record (patients.id)' })
  @IsOptional()
  @IsUUID()
  patientId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() providerId?: string;
  @ApiPropertyOptional({ description: 'true: only grants in force; false: only closed or expired ones' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  open?: boolean;
}

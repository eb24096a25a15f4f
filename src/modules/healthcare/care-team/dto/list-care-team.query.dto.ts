import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../../common/pagination';
import { toBool } from './fields';

export class PatientCareTeamQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'true: only entries in force; false: only ended or lapsed ones' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  active?: boolean;
}

export class CareTeamQueryDto extends PatientCareTeamQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The patient record (patients.id)' })
  @IsOptional()
  @IsUUID()
  patientId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() providerId?: string;
}

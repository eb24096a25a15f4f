import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../../common/pagination';

export class MaintenanceQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() chamberId?: string;
  @ApiPropertyOptional({ description: 'Windows ending after this instant' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;
  @ApiPropertyOptional({ description: 'Windows starting before this instant' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../../common/pagination';
import { toBool } from './fields';

export class AlertQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @Transform(toBool) @IsBoolean() unread?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(63) kind?: string;
}

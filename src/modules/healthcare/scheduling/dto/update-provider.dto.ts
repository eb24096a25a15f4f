import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { UpdateOwnProviderDto } from './update-own-provider.dto';

export class UpdateProviderDto extends UpdateOwnProviderDto {
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) @IsOptional() @IsUUID() facilityId?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) licenseNumber?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsBoolean() isActive?: boolean;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

export class UpdateAppointmentDto {
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) @IsOptional() @IsUUID() providerId?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) serviceType?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) notes?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsBoolean() confirmationSent?: boolean;
}

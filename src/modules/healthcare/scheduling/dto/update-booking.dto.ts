import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class UpdateBookingDto {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) notes?: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Admins only' })
  @IsOptional()
  @IsUUID()
  providerId?: string;
}

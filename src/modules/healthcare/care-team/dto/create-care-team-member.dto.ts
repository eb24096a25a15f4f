import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Length } from 'class-validator';

export class CreateCareTeamMemberDto {
  @ApiProperty({ format: 'uuid', description: 'The provider (providers.id) who will treat the patient' })
  @IsUUID()
  providerId!: string;
  @ApiProperty({ example: 'Attending physician for the hyperbaric course', minLength: 3, maxLength: 1000 })
  @IsString()
  @Length(3, 1000)
  reason!: string;
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'A planned end; open-ended without',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  until?: Date;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class AvailabilityQueryDto {
  @ApiProperty({
    example: '2031-03-03',
    description: "The day, in the chamber facility's (or provider's) timezone",
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date!: string;
  @ApiPropertyOptional({ default: 60, minimum: 5, maximum: 720 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(5)
  @Max(720)
  slotMinutes?: number;
}

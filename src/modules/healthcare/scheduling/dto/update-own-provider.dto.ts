import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { HHMM, IsTimeZone } from './fields';

/** What a provider may change on their own directory entry (the database enforces the same list). */
export class UpdateOwnProviderDto {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) displayName?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) specialty?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) bio?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(320) email?: string;
  @ApiPropertyOptional({ nullable: true, default: 'UTC' }) @IsOptional() @IsTimeZone() timezone?: string;
  @ApiPropertyOptional({ nullable: true, example: '09:00' }) @IsOptional() @Matches(HHMM) worksFrom?: string;
  @ApiPropertyOptional({ nullable: true, example: '17:00' }) @IsOptional() @Matches(HHMM) worksUntil?: string;
  @ApiPropertyOptional({
    nullable: true,
    type: [Number],
    example: [1, 2, 3, 4, 5],
    description: 'ISO weekdays (1 = Monday)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  workDays?: number[];
}

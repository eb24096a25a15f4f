import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { IsTimeZone } from './fields';

export class CreateFacilityDto {
  @ApiProperty({ example: 'Northside Hyperbaric Centre' }) @IsString() @Length(1, 200) name!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) addressLine1?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) addressLine2?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) city?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) region?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(20) postalCode?: string;
  @ApiPropertyOptional({ nullable: true, example: 'GB', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(320) email?: string;
  @ApiPropertyOptional({
    nullable: true,
    example: 'Europe/London',
    default: 'UTC',
    description: 'IANA zone; opening hours are read in it.',
  })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;
  @ApiPropertyOptional({ nullable: true, default: true }) @IsOptional() @IsBoolean() isActive?: boolean;
}

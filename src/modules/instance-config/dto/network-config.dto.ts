import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsObject, IsOptional, IsString, Length, ValidateIf } from 'class-validator';

/** The network configuration; the API key is write-only and never answered. */
export class NetworkConfigDto {
  @ApiProperty() isConnectedToNetwork!: boolean;
  @ApiProperty() dataContributionEnabled!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true }) contributionRules!: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastContributionDate!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: Date | null;
}

export class PutNetworkConfigDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() isConnectedToNetwork?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() dataContributionEnabled?: boolean;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  contributionRules?: Record<string, unknown>;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    minLength: 8,
    maxLength: 500,
    description: 'Write-only: stored encrypted, never answered; null removes it',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(8, 500)
  networkApiKey?: string | null;
}

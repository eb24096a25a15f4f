import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import {
  MONITORING_RULE_TYPES,
  MONITORING_SEVERITIES,
  type MonitoringRuleType,
  type MonitoringSeverity,
} from '../entities';

export class MonitoringRuleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({
    enum: MONITORING_RULE_TYPES,
    description:
      'failed_sign_ins: failed sign-ins within the window; pending_withdrawals: withdrawals pending longer than ' +
      'window_hours; failed_job_runs: failed job runs within the window; audit_chain: audit chains that do not verify',
  })
  ruleType!: MonitoringRuleType;
  @ApiProperty({ description: 'Fires when the measured value exceeds it' }) threshold!: number;
  @ApiProperty() windowHours!: number;
  @ApiProperty({ enum: MONITORING_SEVERITIES }) severity!: MonitoringSeverity;
  @ApiProperty() isActive!: boolean;
  @ApiProperty({ description: 'Firing now (raised once, until the value falls back)' }) firing!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) firedAt!: Date | null;
  @ApiProperty({ type: Number, nullable: true }) lastValue!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastEvaluatedAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class MonitoringRulePageDto extends PageMetaDto {
  @ApiProperty({ type: [MonitoringRuleDto] }) items!: MonitoringRuleDto[];
}

export class UpdateMonitoringRuleDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 1000000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  threshold?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 8760 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(8760)
  windowHours?: number;
  @ApiPropertyOptional({ enum: MONITORING_SEVERITIES })
  @IsOptional()
  @IsIn(MONITORING_SEVERITIES)
  severity?: MonitoringSeverity;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() isActive?: boolean;
}

export class CreateMonitoringRuleDto {
  @ApiProperty({ minLength: 1, maxLength: 200 }) @IsString() @Length(1, 200) name!: string;
  @ApiProperty({ enum: MONITORING_RULE_TYPES }) @IsIn(MONITORING_RULE_TYPES) ruleType!: MonitoringRuleType;
  @ApiPropertyOptional({ minimum: 0, maximum: 1000000, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  threshold?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 8760, default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(8760)
  windowHours?: number;
  @ApiPropertyOptional({ enum: MONITORING_SEVERITIES, default: 'warning' })
  @IsOptional()
  @IsIn(MONITORING_SEVERITIES)
  severity?: MonitoringSeverity;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() isActive?: boolean;
}

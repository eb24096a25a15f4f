import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export const AUDIT_OUTCOMES = ['success', 'denied', 'error'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export class AuditLogQueryDto {
  @ApiPropertyOptional({ description: 'Only rows about this table', example: 'users' })
  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_.]{0,127}$/)
  table?: string;

  @ApiPropertyOptional({ description: 'INSERT, UPDATE, DELETE, SELECT, SIGN_IN, ...', example: 'UPDATE' })
  @IsOptional()
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,31}$/)
  action?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only rows whose actor is this user' })
  @IsOptional()
  @IsUUID()
  actor?: string;

  @ApiPropertyOptional({ enum: AUDIT_OUTCOMES })
  @IsOptional()
  @IsIn(AUDIT_OUTCOMES)
  outcome?: AuditOutcome;

  @ApiPropertyOptional({ description: 'Rows at or after this instant (ISO 8601)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @ApiPropertyOptional({ description: 'Rows before this instant (ISO 8601)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  cursor?: string;
}

export class AuditActorDto {
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) userId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Database role of the transaction',
    example: 'authenticated',
  })
  role!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'admin' }) appRole!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) apiKeyId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The job or service route that acted',
    example: 'auth.sign-in',
  })
  job!: string | null;
  @ApiProperty({ description: 'The database login of the session' }) dbUser!: string;
}

export class AuditLogDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Position in the log (a 64-bit integer, as a string)', example: '1042' })
  seq!: string;
  @ApiProperty({ example: 'DATA_CHANGE' }) eventType!: string;
  @ApiProperty({ type: AuditActorDto }) actor!: AuditActorDto;
  @ApiProperty() occurredAt!: Date;
  @ApiProperty({ example: 'UPDATE' }) action!: string;
  @ApiProperty({ type: String, nullable: true, example: 'users' }) table!: string | null;
  @ApiProperty({ type: String, nullable: true }) rowId!: string | null;
  @ApiProperty({ nullable: true, type: [String], description: 'Names of the columns written; never values' })
  changedColumns!: string[] | null;
  @ApiProperty({ type: String, nullable: true }) query!: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
  @ApiProperty({ type: String, nullable: true }) userAgent!: string | null;
  @ApiProperty({ enum: AUDIT_OUTCOMES }) outcome!: AuditOutcome;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) details!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ description: 'sha256(prevHash || content), hex' }) hash!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The previous row of the chain, hex; null for the first',
  })
  prevHash!: string | null;
}

export class AuditLogPageDto {
  @ApiProperty({ type: [AuditLogDto] }) items!: AuditLogDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page',
  })
  nextCursor!: string | null;
}

export class BrokenLinkDto {
  @ApiProperty({ example: '1042' }) seq!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['hash_mismatch', 'prev_hash_mismatch'] }) reason!:
    'hash_mismatch' | 'prev_hash_mismatch';
  @ApiProperty() explanation!: string;
}

export class ChainHeadDto {
  @ApiProperty({ example: '1042' }) seq!: string;
  @ApiProperty({ description: 'hex' }) hash!: string;
}

export class AuditVerificationDto {
  @ApiProperty({ description: 'True when every row of the chain (archive and live) verifies' }) ok!: boolean;
  @ApiProperty() checkedRows!: number;
  @ApiPropertyOptional({
    type: BrokenLinkDto,
    description: 'The first row that does not verify; absent when ok',
  })
  firstBroken?: BrokenLinkDto;
  @ApiPropertyOptional({
    type: ChainHeadDto,
    description:
      'The newest row (absent for an empty log); keep it outside the database to detect a rewritten chain later',
  })
  head?: ChainHeadDto;
}

export class SuspiciousQueryDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 1_000_000,
    default: 100,
    description: 'Count at which a pattern is reported',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  threshold: number = 100;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 744,
    default: 24,
    description: 'How far back to look, in hours',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(744)
  hours: number = 24;
}

export class SuspiciousActivityDto {
  @ApiProperty({ enum: ['denied_burst', 'mass_read', 'failed_sign_in', 'failed_sign_in_ip'] }) kind!: string;
  @ApiProperty({
    example: 'user:6f1c...',
    description: 'user:<id>, api_key:<id>, job:<name> or ip:<address>',
  })
  actor!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ description: 'Start of the clock hour counted' }) windowStart!: Date;
  @ApiProperty() windowEnd!: Date;
}

export class SuspiciousActivityListDto {
  @ApiProperty({ type: [SuspiciousActivityDto] }) items!: SuspiciousActivityDto[];
}

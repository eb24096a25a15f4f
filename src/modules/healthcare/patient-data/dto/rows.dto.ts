// The fields every row of this module answers with (catalog rows, a patient's rows, a member's rows) and
// the query parameters the lists share.
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../../common/pagination';
import { Id, Out, OutNullable, QueryText, QueryTime } from './fields';

export class CatalogRowDto {
  @Id() id!: string;
  @Out({ format: 'uuid', description: 'The organization that publishes the entry' }) orgId!: string;
  @OutNullable({ format: 'uuid' }) createdBy!: string | null;
  @Out() createdAt!: Date;
  @Out() updatedAt!: Date;
}

/** A public catalog is browsed per publishing organization (any organization may be named: it is public). */
export class CatalogQueryDto extends PageQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The organization whose catalog to list' })
  @IsUUID()
  orgId!: string;
  @QueryText(200) q?: string;
}

export class PatientRowDto {
  @Id() id!: string;
  @Out({ format: 'uuid' }) orgId!: string;
  @Out({ format: 'uuid' }) patientId!: string;
  @Out() createdAt!: Date;
  @Out() updatedAt!: Date;
}

export class UserRowDto {
  @Id() id!: string;
  @Out({ format: 'uuid' }) orgId!: string;
  @Out({ format: 'uuid' }) userId!: string;
  @Out() createdAt!: Date;
  @Out() updatedAt!: Date;
}

export class TimeRangeQueryDto extends PageQueryDto {
  @QueryTime('Inclusive lower bound of the entry time') from?: string;
  @QueryTime('Exclusive upper bound of the entry time') to?: string;
}

// The answer for a catalog treatment, and a page of them.
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { Out, OutNullable } from './fields';
import { CatalogRowDto } from './rows.dto';

export class TreatmentDto extends CatalogRowDto {
  @Out() name!: string;
  @OutNullable() description!: string | null;
  @OutNullable() treatmentType!: string | null;
  @OutNullable({ format: 'uuid' }) conditionId!: string | null;
  @OutNullable() manufacturer!: string | null;
  @OutNullable() sourceVerificationMethod!: string | null;
  @OutNullable() regulatoryStatus!: string | null;
}

export class TreatmentPageDto extends PageMetaDto {
  @ApiProperty({ type: [TreatmentDto] }) items!: TreatmentDto[];
}

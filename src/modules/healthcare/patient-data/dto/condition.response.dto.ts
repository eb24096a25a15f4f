// The answer for a catalog condition, and a page of them.
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { Out, OutNullable } from './fields';
import { CatalogRowDto } from './rows.dto';

export class ConditionDto extends CatalogRowDto {
  @Out() name!: string;
  @OutNullable() code!: string | null;
  @OutNullable() codeSystem!: string | null;
  @OutNullable() category!: string | null;
  @OutNullable() description!: string | null;
}

export class ConditionPageDto extends PageMetaDto {
  @ApiProperty({ type: [ConditionDto] }) items!: ConditionDto[];
}

import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { CreateChamberDto } from './create-chamber.dto';

export class ChamberDto extends CreateChamberDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class ChamberPageDto extends PageMetaDto {
  @ApiProperty({ type: [ChamberDto] }) items!: ChamberDto[];
}

import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { CreateProviderDto } from './create-provider.dto';

export class ProviderDto extends CreateProviderDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class ProviderPageDto extends PageMetaDto {
  @ApiProperty({ type: [ProviderDto] }) items!: ProviderDto[];
}

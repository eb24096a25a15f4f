import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { CreateFacilityDto } from './create-facility.dto';

export class FacilityDto extends CreateFacilityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class FacilityPageDto extends PageMetaDto {
  @ApiProperty({ type: [FacilityDto] }) items!: FacilityDto[];
}

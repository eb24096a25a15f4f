import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { CreateChamberScheduleDto } from './create-chamber-schedule.dto';

export class ChamberScheduleDto extends CreateChamberScheduleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class ChamberSchedulePageDto extends PageMetaDto {
  @ApiProperty({ type: [ChamberScheduleDto] }) items!: ChamberScheduleDto[];
}

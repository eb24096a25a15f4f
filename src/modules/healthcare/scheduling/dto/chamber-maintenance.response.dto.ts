import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { CreateMaintenanceDto } from './create-chamber-maintenance.dto';

export class MaintenanceDto extends CreateMaintenanceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class MaintenancePageDto extends PageMetaDto {
  @ApiProperty({ type: [MaintenanceDto] }) items!: MaintenanceDto[];
}

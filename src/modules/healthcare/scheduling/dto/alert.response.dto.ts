import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { ALERT_SEVERITIES } from '../scheduling.enums';

export class AlertDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'booking_confirmed' }) kind!: string;
  @ApiProperty({ enum: ALERT_SEVERITIES }) severity!: string;
  @ApiProperty() title!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: Date | null;
  @ApiProperty() createdAt!: Date;
}
export class AlertPageDto extends PageMetaDto {
  @ApiProperty({ type: [AlertDto] }) items!: AlertDto[];
}

import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { APPOINTMENT_STATUSES } from '../scheduling.enums';

export class AppointmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) contactId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) providerId!: string | null;
  @ApiProperty() serviceType!: string;
  @ApiProperty() scheduledAt!: Date;
  @ApiProperty() durationMinutes!: number;
  @ApiProperty() endsAt!: Date;
  @ApiProperty({ enum: APPOINTMENT_STATUSES }) status!: string;
  @ApiProperty() confirmationSent!: boolean;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class AppointmentPageDto extends PageMetaDto {
  @ApiProperty({ type: [AppointmentDto] }) items!: AppointmentDto[];
}

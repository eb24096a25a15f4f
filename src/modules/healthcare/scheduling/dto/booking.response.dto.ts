import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { BOOKING_STATUSES } from '../scheduling.enums';

export class BookingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) patientId!: string;
  @ApiProperty({ format: 'uuid' }) chamberId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) providerId!: string | null;
  @ApiProperty() startsAt!: Date;
  @ApiProperty() endsAt!: Date;
  @ApiProperty({ enum: BOOKING_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancellationReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class BookingPageDto extends PageMetaDto {
  @ApiProperty({ type: [BookingDto] }) items!: BookingDto[];
}

import { ApiProperty } from '@nestjs/swagger';

export class SlotDto {
  @ApiProperty() startsAt!: Date;
  @ApiProperty() endsAt!: Date;
}
export class AvailabilityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() date!: string;
  @ApiProperty() slotMinutes!: number;
  @ApiProperty({ type: [SlotDto] }) slots!: SlotDto[];
}

import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateChamberScheduleDto } from './create-chamber-schedule.dto';

export class UpdateChamberScheduleDto extends PartialType(
  OmitType(CreateChamberScheduleDto, ['bookingId'] as const),
) {}

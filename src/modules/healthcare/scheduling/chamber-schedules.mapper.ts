import type { ChamberScheduleValues } from './chamber-schedules.repository';
import type { ChamberScheduleDto } from './dto/chamber-schedule.response.dto';
import type { CreateChamberScheduleDto } from './dto/create-chamber-schedule.dto';
import type { UpdateChamberScheduleDto } from './dto/update-chamber-schedule.dto';
import type { ChamberSchedule } from './entities';
import type { ScheduleStatus } from './scheduling.enums';
import { numericOrNull, presentValues, toNumeric, type ResponseBody } from './scheduling.helpers';

export function toChamberScheduleDto(s: ChamberSchedule): ResponseBody<ChamberScheduleDto> {
  return {
    id: s.id,
    bookingId: s.bookingId,
    sequence: s.sequence,
    pressureAta: numericOrNull(s.pressureAta),
    durationMinutes: s.durationMinutes,
    operatorProviderId: s.operatorProviderId,
    status: s.status,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    notes: s.notes,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

export function toChamberScheduleValues(dto: CreateChamberScheduleDto): ChamberScheduleValues {
  return presentValues<ChamberScheduleValues>({ bookingId: dto.bookingId, ...toChamberScheduleChanges(dto) });
}

/** A plan step stays with its booking; the rest changes. */
export function toChamberScheduleChanges(dto: UpdateChamberScheduleDto): ChamberScheduleValues {
  return presentValues<ChamberScheduleValues>({
    sequence: dto.sequence,
    pressureAta: toNumeric(dto.pressureAta),
    durationMinutes: dto.durationMinutes,
    operatorProviderId: dto.operatorProviderId,
    status: dto.status as ScheduleStatus | undefined,
    startedAt: dto.startedAt,
    endedAt: dto.endedAt,
    notes: dto.notes,
  });
}

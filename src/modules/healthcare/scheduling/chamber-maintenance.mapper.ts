import type { ChamberMaintenanceValues } from './chamber-maintenance.repository';
import type { MaintenanceDto } from './dto/chamber-maintenance.response.dto';
import type { CreateMaintenanceDto } from './dto/create-chamber-maintenance.dto';
import type { UpdateMaintenanceDto } from './dto/update-chamber-maintenance.dto';
import type { ChamberMaintenance } from './entities';
import type { MaintenanceKind } from './scheduling.enums';
import { presentValues, type ResponseBody } from './scheduling.helpers';

export function toMaintenanceDto(m: ChamberMaintenance): ResponseBody<MaintenanceDto> {
  return {
    id: m.id,
    chamberId: m.chamberId,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    kind: m.kind,
    reason: m.reason,
    createdBy: m.createdBy,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

export function toMaintenanceValues(dto: CreateMaintenanceDto): ChamberMaintenanceValues {
  return presentValues<ChamberMaintenanceValues>({ chamberId: dto.chamberId, ...toMaintenanceChanges(dto) });
}

/** The chamber of a window is fixed; its times, kind and reason change. */
export function toMaintenanceChanges(dto: UpdateMaintenanceDto): ChamberMaintenanceValues {
  return presentValues<ChamberMaintenanceValues>({
    startsAt: dto.startsAt,
    endsAt: dto.endsAt,
    kind: dto.kind as MaintenanceKind | undefined,
    reason: dto.reason,
  });
}

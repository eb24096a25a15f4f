import type { ChamberDto } from './dto/chamber.response.dto';
import type { CreateChamberDto } from './dto/create-chamber.dto';
import type { UpdateChamberDto } from './dto/update-chamber.dto';
import type { ChamberValues } from './chambers.repository';
import type { Chamber } from './entities';
import type { ChamberKind } from './scheduling.enums';
import { hhmm, numericOrNull, presentValues, toNumeric, type ResponseBody } from './scheduling.helpers';

export function toChamberDto(c: Chamber): ResponseBody<ChamberDto> {
  return {
    id: c.id,
    organizationId: c.orgId,
    facilityId: c.facilityId,
    name: c.name,
    kind: c.kind,
    capacity: c.capacity,
    maxPressureAta: numericOrNull(c.maxPressureAta),
    description: c.description,
    opensAt: hhmm(c.opensAt),
    closesAt: hhmm(c.closesAt),
    openDays: c.openDays,
    isActive: c.isActive,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function toChamberValues(dto: CreateChamberDto | UpdateChamberDto): ChamberValues {
  return presentValues<ChamberValues>({
    facilityId: dto.facilityId,
    name: dto.name,
    kind: dto.kind as ChamberKind | undefined,
    capacity: dto.capacity,
    maxPressureAta: toNumeric(dto.maxPressureAta),
    description: dto.description,
    opensAt: dto.opensAt,
    closesAt: dto.closesAt,
    openDays: dto.openDays,
    isActive: dto.isActive,
  });
}

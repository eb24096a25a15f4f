import type { CreateFacilityDto } from './dto/create-facility.dto';
import type { FacilityDto } from './dto/facility.response.dto';
import type { UpdateFacilityDto } from './dto/update-facility.dto';
import type { Facility } from './entities';
import type { FacilityValues } from './facilities.repository';
import { presentValues, type ResponseBody } from './scheduling.helpers';

export function toFacilityDto(f: Facility): ResponseBody<FacilityDto> {
  return {
    id: f.id,
    organizationId: f.orgId,
    name: f.name,
    addressLine1: f.addressLine1,
    addressLine2: f.addressLine2,
    city: f.city,
    region: f.region,
    postalCode: f.postalCode,
    country: f.country,
    phone: f.phone,
    email: f.email,
    timezone: f.timezone,
    isActive: f.isActive,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
  };
}

/** The writable fields of a create or update body (absent ones are left out). */
export function toFacilityValues(dto: CreateFacilityDto | UpdateFacilityDto): FacilityValues {
  return presentValues<FacilityValues>({
    name: dto.name,
    addressLine1: dto.addressLine1,
    addressLine2: dto.addressLine2,
    city: dto.city,
    region: dto.region,
    postalCode: dto.postalCode,
    country: dto.country,
    phone: dto.phone,
    email: dto.email,
    timezone: dto.timezone,
    isActive: dto.isActive,
  });
}

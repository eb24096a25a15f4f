import type { CreateProviderDto } from './dto/create-provider.dto';
import type { ProviderDto } from './dto/provider.response.dto';
import type { UpdateProviderDto } from './dto/update-provider.dto';
import type { Provider } from './entities';
import type { ProviderPrivateRow } from './providers.queries';
import type { ProviderValues } from './providers.repository';
import { hhmm, presentValues, type ResponseBody } from './scheduling.helpers';

/** Phone and licence numbers are present only for callers who may read them (admins, providers, the entry's own). */
export type ProviderBody = Omit<ResponseBody<ProviderDto>, 'phone' | 'licenseNumber'> &
  Partial<Pick<ResponseBody<ProviderDto>, 'phone' | 'licenseNumber'>>;

export function toProviderDto(p: Provider, restricted?: ProviderPrivateRow): ProviderBody {
  return {
    id: p.id,
    userId: p.userId,
    displayName: p.displayName,
    specialty: p.specialty,
    bio: p.bio,
    ...(restricted ? { phone: restricted.phone } : {}),
    email: p.email,
    timezone: p.timezone,
    worksFrom: hhmm(p.worksFrom),
    worksUntil: hhmm(p.worksUntil),
    workDays: p.workDays,
    facilityId: p.facilityId,
    ...(restricted ? { licenseNumber: restricted.license_number } : {}),
    isActive: p.isActive,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export function toProviderValues(dto: CreateProviderDto): ProviderValues {
  return presentValues<ProviderValues>({ userId: dto.userId, ...toProviderChanges(dto) });
}

/** The member an entry is for is fixed; a provider's own changes are limited by the database (trigger). */
export function toProviderChanges(dto: UpdateProviderDto): ProviderValues {
  return presentValues<ProviderValues>({
    displayName: dto.displayName,
    specialty: dto.specialty,
    bio: dto.bio,
    phone: dto.phone,
    email: dto.email,
    timezone: dto.timezone,
    worksFrom: dto.worksFrom,
    worksUntil: dto.worksUntil,
    workDays: dto.workDays,
    facilityId: dto.facilityId,
    licenseNumber: dto.licenseNumber,
    isActive: dto.isActive,
  });
}

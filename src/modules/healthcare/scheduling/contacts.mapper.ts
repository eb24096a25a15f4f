import type { ContactValues } from './contacts.repository';
import type { ContactDto } from './dto/contact.response.dto';
import type { CreateContactDto } from './dto/create-contact.dto';
import type { UpdateContactDto } from './dto/update-contact.dto';
import type { Contact } from './entities';
import type { LeadScore, LeadStatus } from './scheduling.enums';
import { presentValues, type ResponseBody } from './scheduling.helpers';

export function toContactDto(c: Contact): ResponseBody<ContactDto> {
  return {
    id: c.id,
    name: c.name,
    phone: c.phone,
    email: c.email,
    serviceInterests: c.serviceInterests,
    leadScore: c.leadScore,
    leadStatus: c.leadStatus,
    lastContactAt: c.lastContactAt,
    notes: c.notes,
    patientId: c.patientId,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function toContactValues(dto: CreateContactDto | UpdateContactDto): ContactValues {
  return presentValues<ContactValues>({
    name: dto.name,
    phone: dto.phone,
    email: dto.email,
    serviceInterests: dto.serviceInterests,
    leadScore: dto.leadScore as LeadScore | undefined,
    leadStatus: dto.leadStatus as LeadStatus | undefined,
    lastContactAt: dto.lastContactAt,
    notes: dto.notes,
    patientId: dto.patientId,
  });
}

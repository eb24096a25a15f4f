import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import type { Page } from '../../../common/pagination';
import { toContactDto, toContactValues } from './contacts.mapper';
import { ContactsRepository } from './contacts.repository';
import type { ContactDto } from './dto/contact.response.dto';
import type { CreateContactDto } from './dto/create-contact.dto';
import type { ContactQueryDto } from './dto/list-contacts.query.dto';
import type { UpdateContactDto } from './dto/update-contact.dto';
import { callerOrgId, nothingToUpdate, type ResponseBody } from './scheduling.helpers';

type Body = ResponseBody<ContactDto>;

/** CRM leads (staff). Linking a lead to a patient is checked by a trigger (a provider links only their own). */
@Injectable()
export class ContactsService {
  constructor(private readonly contacts: ContactsRepository) {}

  async list(q: ContactQueryDto): Promise<Page<Body>> {
    const page = await this.contacts.list(callerOrgId(), q);
    return { items: page.items.map(toContactDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<Body> {
    const row = await this.contacts.findById(id, callerOrgId());
    if (!row) throw notFound('contact');
    return toContactDto(row);
  }

  async create(dto: CreateContactDto): Promise<Body> {
    return this.get(await this.contacts.insert(toContactValues(dto)));
  }

  async update(id: string, dto: UpdateContactDto): Promise<Body> {
    const values = toContactValues(dto);
    if (!Object.keys(values).length) throw nothingToUpdate();
    if (!(await this.contacts.update(id, callerOrgId(), values))) throw notFound('contact');
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.contacts.delete(id, callerOrgId()))) throw notFound('contact');
  }
}

// CRM contacts (leads): staff only, API keys included.
import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ContactsService } from './contacts.service';
import { ContactDto, ContactPageDto } from './dto/contact.response.dto';
import { CreateContactDto } from './dto/create-contact.dto';
import { ContactQueryDto } from './dto/list-contacts.query.dto';
import { UpdateContactDto } from './dto/update-contact.dto';
import { CreateDoc, CrmStaff, DeleteDoc, GetDoc, IdParam, ListDoc, UpdateDoc } from './scheduling.decorators';

@ApiTags('contacts')
@Controller('api/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @CrmStaff()
  @ListDoc('Contacts (leads), newest first', ContactPageDto)
  list(@Query() q: ContactQueryDto) {
    return this.contacts.list(q);
  }

  @Get(':id')
  @CrmStaff()
  @GetDoc('One contact', ContactDto)
  get(@IdParam() id: string) {
    return this.contacts.get(id);
  }

  @Post()
  @CrmStaff()
  @CreateDoc('Add a contact (409 when the phone number is already a contact)', ContactDto)
  create(@Body() dto: CreateContactDto) {
    return this.contacts.create(dto);
  }

  @Patch(':id')
  @CrmStaff()
  @UpdateDoc('Change a contact (lead score, status, notes, ...)', ContactDto)
  update(@IdParam() id: string, @Body() dto: UpdateContactDto) {
    return this.contacts.update(id, dto);
  }

  @Delete(':id')
  @CrmStaff()
  @DeleteDoc('Delete a contact and its appointments')
  remove(@IdParam() id: string) {
    return this.contacts.remove(id);
  }
}

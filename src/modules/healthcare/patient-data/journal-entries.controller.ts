import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateJournalEntryDto } from './dto/create-journal-entry.dto';
import { JournalEntryQueryDto } from './dto/journal-entry-query.dto';
import { JournalEntryDto, JournalEntryPageDto } from './dto/journal-entry.response.dto';
import { UpdateJournalEntryDto } from './dto/update-journal-entry.dto';
import { JournalEntriesService } from './journal-entries.service';
import {
  OWN_MEMBER_DATA,
  CreateOperation,
  DeleteOperation,
  GetOperation,
  IdParam,
  ListOperation,
  UpdateOperation,
} from './resource-operations.decorator';

@ApiTags('companion')
@Controller('api/journal-entries')
export class JournalEntriesController {
  constructor(private readonly journalEntries: JournalEntriesService) {}

  @Get()
  @ListOperation(OWN_MEMBER_DATA, 'journal entry', JournalEntryPageDto)
  list(@Query() q: JournalEntryQueryDto): Promise<JournalEntryPageDto> {
    return this.journalEntries.list(q);
  }

  @Get(':id')
  @GetOperation(OWN_MEMBER_DATA, 'journal entry', JournalEntryDto)
  get(@IdParam() id: string): Promise<JournalEntryDto> {
    return this.journalEntries.get(id);
  }

  @Post()
  @CreateOperation(OWN_MEMBER_DATA, 'journal entry', JournalEntryDto)
  create(@Body() dto: CreateJournalEntryDto): Promise<JournalEntryDto> {
    return this.journalEntries.create(dto);
  }

  @Patch(':id')
  @UpdateOperation(OWN_MEMBER_DATA, 'journal entry', JournalEntryDto)
  update(@IdParam() id: string, @Body() dto: UpdateJournalEntryDto): Promise<JournalEntryDto> {
    return this.journalEntries.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @DeleteOperation(OWN_MEMBER_DATA, 'journal entry')
  remove(@IdParam() id: string): Promise<void> {
    return this.journalEntries.remove(id);
  }
}

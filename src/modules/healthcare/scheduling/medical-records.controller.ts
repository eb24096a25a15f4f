// Medical records: read by whoever RLS lets see them (every read audited); providers write for patients they
// treat, as themselves; admins write and delete.
import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateMedicalRecordDto } from './dto/create-medical-record.dto';
import { MedicalRecordQueryDto } from './dto/list-medical-records.query.dto';
import { MedicalRecordDto, MedicalRecordPageDto } from './dto/medical-record.response.dto';
import { UpdateMedicalRecordDto } from './dto/update-medical-record.dto';
import { MedicalRecordsService } from './medical-records.service';
import {
  ClinicalMembers,
  Clinicians,
  CreateDoc,
  DeleteDoc,
  GetDoc,
  IdParam,
  ListDoc,
  UpdateDoc,
} from './scheduling.decorators';

@ApiTags('medical-records')
@Controller('api/medical-records')
export class MedicalRecordsController {
  constructor(private readonly records: MedicalRecordsService) {}

  @Get()
  @ClinicalMembers()
  @ListDoc('Medical records the caller may see (audited), newest first', MedicalRecordPageDto)
  list(@Query() q: MedicalRecordQueryDto) {
    return this.records.list(q);
  }

  @Get(':id')
  @ClinicalMembers()
  @GetDoc('One medical record (audited)', MedicalRecordDto)
  get(@IdParam() id: string) {
    return this.records.get(id);
  }

  @Post()
  @Clinicians()
  @CreateDoc('Write a medical record (a provider, for a patient they treat, as themselves)', MedicalRecordDto)
  create(@Body() dto: CreateMedicalRecordDto) {
    return this.records.create(dto);
  }

  @Patch(':id')
  @Clinicians()
  @UpdateDoc('Amend a medical record (its author or a treating provider)', MedicalRecordDto)
  update(@IdParam() id: string, @Body() dto: UpdateMedicalRecordDto) {
    return this.records.update(id, dto);
  }

  @Delete(':id')
  @Clinicians()
  @DeleteDoc('Delete a medical record (its author or an admin)')
  remove(@IdParam() id: string) {
    return this.records.remove(id);
  }
}

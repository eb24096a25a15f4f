// Medical records: read by whoever RLS lets see them (every read audited, versions included); providers write
// for patients they treat, as themselves; the author amends the content with a reason (the replaced version is
// kept); nobody overwrites the content or deletes a record.
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { ProblemDto } from '../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../common/pagination';
import { AmendMedicalRecordDto } from './dto/amend-medical-record.dto';
import { CreateMedicalRecordDto } from './dto/create-medical-record.dto';
import { MedicalRecordQueryDto } from './dto/list-medical-records.query.dto';
import {
  MedicalRecordDto,
  MedicalRecordPageDto,
  MedicalRecordVersionPageDto,
} from './dto/medical-record.response.dto';
import { UpdateMedicalRecordDto } from './dto/update-medical-record.dto';
import { MedicalRecordsService } from './medical-records.service';
import {
  ClinicalMembers,
  Clinicians,
  CreateDoc,
  GetDoc,
  IdParam,
  ListDoc,
  UpdateDoc,
} from './scheduling.decorators';

const notFound = ApiNotFoundResponse({
  description: 'No such record, or not visible to the caller',
  type: ProblemDto,
});

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

  @Get(':id/versions')
  @ClinicalMembers()
  @ApiOperation({
    summary:
      'The versions a medical record had before its amendments, newest first (read like the record, audited)',
  })
  @ApiOkResponse({ type: MedicalRecordVersionPageDto })
  @notFound
  versions(@IdParam() id: string, @Query() q: PageQueryDto) {
    return this.records.versions(id, q);
  }

  @Post()
  @Clinicians()
  @CreateDoc('Write a medical record (a provider, for a patient they treat, as themselves)', MedicalRecordDto)
  create(@Body() dto: CreateMedicalRecordDto) {
    return this.records.create(dto);
  }

  @Post(':id/amendments')
  @Authenticated({ roles: ['provider'], apiKeys: false })
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Amend a medical record (its author only, with a reason): the version it replaces stays readable',
  })
  @ApiCreatedResponse({ type: MedicalRecordDto, description: 'The record as amended' })
  @ApiUnprocessableEntityResponse({ description: 'The amendment changes nothing', type: ProblemDto })
  @notFound
  amend(@IdParam() id: string, @Body() dto: AmendMedicalRecordDto) {
    return this.records.amend(id, dto);
  }

  @Patch(':id')
  @Clinicians()
  @UpdateDoc(
    'Change what is not clinical content (the booking); content changes are refused (422) with the amendment route',
    MedicalRecordDto,
  )
  @ApiUnprocessableEntityResponse({
    description: 'Clinical content is amended (POST /api/medical-records/{id}/amendments), never overwritten',
    type: ProblemDto,
  })
  update(@IdParam() id: string, @Body() dto: UpdateMedicalRecordDto) {
    return this.records.update(id, dto);
  }

  @Delete(':id')
  @Clinicians()
  @ApiOperation({
    summary: 'Refused: medical records are retained and never deleted (409; 404 when not visible)',
  })
  @ApiConflictResponse({ description: 'Medical records are retained', type: ProblemDto })
  @notFound
  remove(@IdParam() id: string) {
    return this.records.remove(id);
  }
}

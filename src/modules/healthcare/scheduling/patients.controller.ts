// Patients: admins see all, providers those they treat, a patient their own record (RLS decides).
import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { CreatePatientDto } from './dto/create-patient.dto';
import { PatientQueryDto } from './dto/list-patients.query.dto';
import { PatientDto, PatientPageDto } from './dto/patient.response.dto';
import { UpdatePatientDto } from './dto/update-patient.dto';
import { PatientsService } from './patients.service';
import {
  AdminOnly,
  ClinicalMembers,
  CreateDoc,
  DeleteDoc,
  GetDoc,
  IdParam,
  ListDoc,
  UpdateDoc,
} from './scheduling.decorators';

@ApiTags('patients')
@Controller('api/patients')
export class PatientsController {
  constructor(private readonly patients: PatientsService) {}

  @Get()
  @ClinicalMembers()
  @ListDoc(
    'Patients the caller may see: admins all, providers those they treat, a patient their own record',
    PatientPageDto,
  )
  list(@Query() q: PatientQueryDto) {
    return this.patients.list(q);
  }

  @Get(':id')
  @ClinicalMembers()
  @GetDoc('One patient', PatientDto)
  get(@IdParam() id: string) {
    return this.patients.get(id);
  }

  @Post()
  @AdminOnly()
  @CreateDoc('Register a patient', PatientDto)
  create(@Body() dto: CreatePatientDto) {
    return this.patients.create(dto);
  }

  @Patch(':id')
  @Authenticated({ roles: ['admin', 'patient'], apiKeys: false })
  @UpdateDoc('Change a patient (a patient changes only their own contact details)', PatientDto)
  update(@IdParam() id: string, @Body() dto: UpdatePatientDto) {
    return this.patients.update(id, dto);
  }

  @Delete(':id')
  @AdminOnly()
  @DeleteDoc(
    'Delete a patient without clinical history (409 while bookings or medical records name them; those are retained)',
  )
  remove(@IdParam() id: string) {
    return this.patients.remove(id);
  }
}

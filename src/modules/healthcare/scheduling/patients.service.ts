import { Injectable } from '@nestjs/common';
import { DomainError, notFound } from '../../../common/errors/domain-error';
import type { Page } from '../../../common/pagination';
import type { CreatePatientDto } from './dto/create-patient.dto';
import type { PatientQueryDto } from './dto/list-patients.query.dto';
import type { PatientDto } from './dto/patient.response.dto';
import type { UpdatePatientDto } from './dto/update-patient.dto';
import { toPatientDto, toPatientValues } from './patients.mapper';
import { PatientsRepository } from './patients.repository';
import { callerOrgId, nothingToUpdate, type ResponseBody } from './scheduling.helpers';

type Body = ResponseBody<PatientDto>;

@Injectable()
export class PatientsService {
  constructor(private readonly patients: PatientsRepository) {}

  async list(q: PatientQueryDto): Promise<Page<Body>> {
    const page = await this.patients.list(callerOrgId(), q);
    return { items: page.items.map(toPatientDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<Body> {
    const row = await this.patients.findById(id, callerOrgId());
    if (!row) throw notFound('patient');
    return toPatientDto(row);
  }

  async create(dto: CreatePatientDto): Promise<Body> {
    return this.get(await this.patients.insert(toPatientValues(dto)));
  }

  async update(id: string, dto: UpdatePatientDto): Promise<Body> {
    const values = toPatientValues(dto);
    if (!Object.keys(values).length) throw nothingToUpdate();
    if (!(await this.patients.update(id, callerOrgId(), values))) throw notFound('patient');
    return this.get(id);
  }

  /** Clinical history is retained: a patient with bookings or medical records is not deleted (409). */
  async remove(id: string): Promise<void> {
    const orgId = callerOrgId();
    if (await this.patients.hasClinicalHistory(id, orgId))
      throw new DomainError(
        'conflict',
        'The patient has bookings or medical records, which are retained; the patient cannot be deleted.',
      );
    if (!(await this.patients.delete(id, orgId))) throw notFound('patient');
  }
}

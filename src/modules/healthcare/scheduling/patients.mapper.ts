import type { CreatePatientDto } from './dto/create-patient.dto';
import type { PatientDto } from './dto/patient.response.dto';
import type { UpdatePatientDto } from './dto/update-patient.dto';
import type { Patient } from './entities';
import type { PatientValues } from './patients.repository';
import type { PatientSex } from './scheduling.enums';
import { presentValues, type ResponseBody } from './scheduling.helpers';

export function toPatientDto(p: Patient): ResponseBody<PatientDto> {
  return {
    id: p.id,
    userId: p.userId,
    mrn: p.mrn,
    firstName: p.firstName,
    lastName: p.lastName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    phone: p.phone,
    email: p.email,
    emergencyContactName: p.emergencyContactName,
    emergencyContactPhone: p.emergencyContactPhone,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

/** Create and update write the same fields; a patient's own changes are limited by the database (trigger). */
export function toPatientValues(dto: CreatePatientDto | UpdatePatientDto): PatientValues {
  return presentValues<PatientValues>({
    userId: dto.userId,
    mrn: dto.mrn,
    firstName: dto.firstName,
    lastName: dto.lastName,
    dateOfBirth: dto.dateOfBirth,
    sex: dto.sex as PatientSex | undefined,
    phone: dto.phone,
    email: dto.email,
    emergencyContactName: dto.emergencyContactName,
    emergencyContactPhone: dto.emergencyContactPhone,
  });
}

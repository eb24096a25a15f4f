import type { CreateMedicalRecordDto } from './dto/create-medical-record.dto';
import type { MedicalRecordDto } from './dto/medical-record.response.dto';
import type { UpdateMedicalRecordDto } from './dto/update-medical-record.dto';
import type { MedicalRecord } from './entities';
import type { MedicalRecordValues } from './medical-records.repository';
import type { RecordType } from './scheduling.enums';
import { presentValues, type ResponseBody } from './scheduling.helpers';

export function toMedicalRecordDto(r: MedicalRecord): ResponseBody<MedicalRecordDto> {
  return {
    id: r.id,
    patientId: r.patientId,
    providerId: r.providerId,
    recordType: r.recordType,
    title: r.title,
    content: r.content,
    recordedAt: r.recordedAt,
    bookingId: r.bookingId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function toMedicalRecordValues(dto: CreateMedicalRecordDto, providerId: string): MedicalRecordValues {
  return presentValues<MedicalRecordValues>({
    patientId: dto.patientId,
    providerId,
    ...toMedicalRecordChanges(dto),
  });
}

/** A record stays with its patient and author. */
export function toMedicalRecordChanges(dto: UpdateMedicalRecordDto): MedicalRecordValues {
  return presentValues<MedicalRecordValues>({
    recordType: dto.recordType as RecordType | undefined,
    title: dto.title,
    content: dto.content,
    recordedAt: dto.recordedAt,
    bookingId: dto.bookingId,
  });
}

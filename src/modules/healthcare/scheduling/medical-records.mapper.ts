import type { AmendMedicalRecordDto } from './dto/amend-medical-record.dto';
import type { CreateMedicalRecordDto } from './dto/create-medical-record.dto';
import type { MedicalRecordDto, MedicalRecordVersionDto } from './dto/medical-record.response.dto';
import type { MedicalRecord, MedicalRecordVersion } from './entities';
import type { MedicalRecordContent, MedicalRecordValues } from './medical-records.repository';
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
    version: r.version,
    amendedAt: r.amendedAt,
    amendmentReason: r.amendmentReason,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function toMedicalRecordVersionDto(v: MedicalRecordVersion): MedicalRecordVersionDto {
  return {
    id: v.id,
    recordId: v.recordId,
    version: v.version,
    providerId: v.providerId,
    recordType: v.recordType,
    title: v.title,
    content: v.content,
    recordedAt: v.recordedAt,
    reason: v.reason,
    writtenAt: v.writtenAt,
    supersededAt: v.createdAt,
  };
}

/** A record stays with its patient and author; its content is given once here and changed only by amendment. */
export function toMedicalRecordValues(dto: CreateMedicalRecordDto, providerId: string): MedicalRecordValues {
  return presentValues<MedicalRecordValues>({
    patientId: dto.patientId,
    providerId,
    bookingId: dto.bookingId,
    ...toMedicalRecordContent(dto),
  });
}

/** The clinical content fields a body names (the ones an amendment replaces). */
export function toMedicalRecordContent(
  dto: Pick<AmendMedicalRecordDto, 'recordType' | 'title' | 'content' | 'recordedAt'>,
): MedicalRecordContent {
  return presentValues<MedicalRecordContent>({
    recordType: dto.recordType as RecordType | undefined,
    title: dto.title,
    content: dto.content,
    recordedAt: dto.recordedAt,
  });
}

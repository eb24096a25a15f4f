import type { AlertDto } from './dto/alert.response.dto';
import type { Alert } from './entities';

export function toAlertDto(a: Alert): AlertDto {
  return {
    id: a.id,
    kind: a.kind,
    severity: a.severity,
    title: a.title,
    message: a.message,
    data: a.data,
    readAt: a.readAt,
    createdAt: a.createdAt,
  };
}

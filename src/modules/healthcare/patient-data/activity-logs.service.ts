// A patient's activity log: only they write it; every read of it is audited.
import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import { caller } from './caller';
import { ClinicalReadAudit } from './clinical-read-audit';
import type { CreateActivityLogDto } from './dto/create-activity-log.dto';
import type { ActivityLogQueryDto } from './dto/activity-log-query.dto';
import type { ActivityLogDto, ActivityLogPageDto } from './dto/activity-log.response.dto';
import type { UpdateActivityLogDto } from './dto/update-activity-log.dto';
import { activityLogValues, toActivityLogDto } from './activity-logs.mapper';
import { ActivityLogsRepository } from './activity-logs.repository';

@Injectable()
export class ActivityLogsService {
  constructor(
    private readonly activityLogs: ActivityLogsRepository,
    private readonly audit: ClinicalReadAudit,
  ) {}

  async list(q: ActivityLogQueryDto): Promise<ActivityLogPageDto> {
    const { userId, orgId } = caller();
    const page = await this.activityLogs.list(userId, orgId, q);
    await this.audit.record({
      table: 'patient_activity_log',
      patientId: userId,
      rowIds: page.items.map((r) => r.id),
      via: 'own',
    });
    return { items: page.items.map(toActivityLogDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<ActivityLogDto> {
    const row = await this.activityLogs.findById(id);
    if (!row) throw notFound('activity log entry');
    await this.audit.record({
      table: 'patient_activity_log',
      patientId: row.patientId,
      rowIds: [row.id],
      via: 'own',
    });
    return toActivityLogDto(row);
  }

  async create(dto: CreateActivityLogDto): Promise<ActivityLogDto> {
    return toActivityLogDto(
      await this.activityLogs.insert({ ...activityLogValues(dto), patientId: caller().userId }),
    );
  }

  async update(id: string, dto: UpdateActivityLogDto): Promise<ActivityLogDto> {
    const values = activityLogValues(dto);
    // An empty patch changes nothing: the row as it is (404 when it is not visible).
    const row = Object.keys(values).length
      ? await this.activityLogs.update(id, values)
      : await this.activityLogs.findById(id);
    if (!row) throw notFound('activity log entry');
    return toActivityLogDto(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.activityLogs.delete(id))) throw notFound('activity log entry');
  }
}

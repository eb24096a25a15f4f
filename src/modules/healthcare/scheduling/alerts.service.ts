import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../../common/context/request-context';
import { notFound } from '../../../common/errors/domain-error';
import type { Page } from '../../../common/pagination';
import { toAlertDto } from './alerts.mapper';
import { AlertsRepository } from './alerts.repository';
import type { AlertDto } from './dto/alert.response.dto';
import type { AlertQueryDto } from './dto/list-alerts.query.dto';
import { callerOrgId } from './scheduling.helpers';

/** The caller's own alerts (booking confirmed, cancelled or moved), written by triggers. */
@Injectable()
export class AlertsService {
  constructor(private readonly alerts: AlertsRepository) {}

  private get userId(): string | null {
    return currentTransaction().claims.sub ?? null;
  }

  async list(q: AlertQueryDto): Promise<Page<AlertDto>> {
    const page = await this.alerts.list(callerOrgId(), this.userId, q);
    return { items: page.items.map(toAlertDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<AlertDto> {
    const row = await this.alerts.findById(id, callerOrgId());
    if (!row) throw notFound('alert');
    return toAlertDto(row);
  }

  async markRead(id: string): Promise<AlertDto> {
    if (!(await this.alerts.markRead(id, callerOrgId(), this.userId))) throw notFound('alert');
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.alerts.delete(id, callerOrgId()))) throw notFound('alert');
  }
}

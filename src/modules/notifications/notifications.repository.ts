// notifications as their recipient reads and moves them (RLS: own, in the active org). The list and the unread
// count, measured and plan-tested, are SQL in notification.queries.ts; creating and expiring go through
// definer functions (also there).
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { repo } from '../../common/database/repository';
import { Notification } from './entities';
import type { NotificationStatus } from './notification.enums';

export interface Recipient {
  orgId: string;
  userId: string;
}

@Injectable()
export class NotificationsRepository {
  find(to: Recipient, id: string): Promise<Notification | null> {
    return repo(Notification).findOneBy({ id, orgId: to.orgId, userId: to.userId });
  }

  /** Moves the notification to `status` if it is in one of `from`; answers whether it moved. */
  async moveStatus(
    to: Recipient,
    id: string,
    status: NotificationStatus,
    from: NotificationStatus[],
  ): Promise<boolean> {
    const { affected } = await repo(Notification).update(
      { id, orgId: to.orgId, userId: to.userId, status: In(from) },
      { status },
    );
    return (affected ?? 0) > 0;
  }

  /** Marks every unread notification read; answers how many. */
  async readAll(to: Recipient): Promise<number> {
    const { affected } = await repo(Notification).update(
      { orgId: to.orgId, userId: to.userId, status: 'unread' },
      { status: 'read' },
    );
    return affected ?? 0;
  }
}

import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { ProcessedWebhookEvent } from './entities/processed-webhook-event.entity';
import { WebhookEvent, type WebhookEventOutcome } from './entities/webhook-event.entity';

/** The webhook delivery log and the processed marks (service role). */
@Injectable()
export class WebhookEventsRepository {
  /** Logs a verified delivery; answers its id. */
  async log(
    event: Pick<WebhookEvent, 'orgId' | 'provider' | 'eventId' | 'eventType' | 'livemode' | 'payload'>,
  ) {
    const { identifiers } = await repo(WebhookEvent).insert(event);
    return identifiers[0].id as string;
  }

  async setOutcome(id: string, outcome: WebhookEventOutcome): Promise<void> {
    await repo(WebhookEvent).update({ id }, { outcome });
  }

  /**
   * Marks the event processed for the organization; false when it already was. A concurrent delivery of the
   * same event waits on the unique index until the first transaction ends, then finds it marked.
   */
  async markProcessed(mark: Pick<ProcessedWebhookEvent, 'orgId' | 'eventId' | 'provider' | 'eventType'>) {
    const result = await repo(ProcessedWebhookEvent)
      .createQueryBuilder()
      .insert()
      .values(mark)
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}

// Every entity of the application, module by module. The app registers each module's list with
// TypeOrmModule.forFeature (autoLoadEntities); this list serves what sees the whole schema at once: the TypeORM
// CLI (migration:generate), the drift test and the schema diagram.
import { COMMON_ENTITIES } from './common/database/common-entities';
import { AI_ENTITIES } from './modules/ai/entities';
import { AUDIT_ENTITIES } from './modules/audit/entities';
import { COMMERCE_ENTITIES } from './modules/commerce/entities';
import { CARE_TEAM_ENTITIES } from './modules/healthcare/care-team/entities';
import { PATIENT_DATA_ENTITIES } from './modules/healthcare/patient-data/entities';
import { SCHEDULING_ENTITIES } from './modules/healthcare/scheduling/entities';
import { IDENTITY_ENTITIES } from './modules/identity/entities';
import { INSTANCE_CONFIG_ENTITIES } from './modules/instance-config/entities';
import { JOBS_ENTITIES } from './modules/jobs/entities';
import { NOTIFICATIONS_ENTITIES } from './modules/notifications/entities';
import { PAYMENTS_ENTITIES } from './modules/payments/entities';

/** Each module's entities, in the order of the schema diagram (docs/schema.md). */
export const ENTITIES_BY_MODULE: Record<string, Function[]> = {
  identity: IDENTITY_ENTITIES,
  notifications: NOTIFICATIONS_ENTITIES,
  audit: AUDIT_ENTITIES,
  jobs: JOBS_ENTITIES,
  'healthcare: scheduling and CRM': SCHEDULING_ENTITIES,
  'healthcare: patient data': PATIENT_DATA_ENTITIES,
  'healthcare: care teams': CARE_TEAM_ENTITIES,
  payments: PAYMENTS_ENTITIES,
  ai: AI_ENTITIES,
  commerce: COMMERCE_ENTITIES,
  'instance configuration': INSTANCE_CONFIG_ENTITIES,
  'common (idempotency, rate limits)': COMMON_ENTITIES,
};

export const ALL_ENTITIES: Function[] = Object.values(ENTITIES_BY_MODULE).flat();

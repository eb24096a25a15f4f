// The entities this module owns, registered with TypeOrmModule.forFeature in its module and listed in
// src/entities.ts for the CLI, the drift test and the schema diagram.
import { Notification } from './notification.entity';

export { Notification };
export const NOTIFICATIONS_ENTITIES: Function[] = [Notification];

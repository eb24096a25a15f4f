// The entities this module owns, registered with TypeOrmModule.forFeature in its module and listed in
// src/entities.ts for the CLI, the drift test and the schema diagram.
import { Organization } from './organization.entity';
import { User } from './user.entity';

export { Organization, User };
export const IDENTITY_ENTITIES: Function[] = [Organization, User];

// The entities this module owns, registered with TypeOrmModule.forFeature in its module and listed in
// src/entities.ts for the CLI, the drift test and the schema diagram.
import { JobRun } from './job-run.entity';

export { JobRun };
export const JOBS_ENTITIES: Function[] = [JobRun];

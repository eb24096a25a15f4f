// Domain factories for tests: rows created as the owner with sensible defaults (unique where columns are
// unique, non-overlapping windows where exclusion constraints apply), any column overridable, typed rows back.
export * from './ai';
export * from './care-team';
export * from './clinic';
export * from './commerce';
export * from './identity';
export * from './instance-config';
export * from './notifications';
export * from './oauth';
export * from './patient-data';
export * from './payments';
export * from './platform';
export * from './rows';
export * from './scheduling';

// The closed value sets of this module's tables (CHECK ... IN lists in the migration), shared by the entities
// and the DTOs.
export const TRIAL_PHASES = ['early_1', '1', '1_2', '2', '2_3', '3', '4', 'not_applicable'] as const;
export type TrialPhase = (typeof TRIAL_PHASES)[number];
export const TRIAL_STATUSES = [
  'planned',
  'recruiting',
  'active',
  'completed',
  'suspended',
  'terminated',
  'withdrawn',
] as const;
export type TrialStatus = (typeof TRIAL_STATUSES)[number];
export const RESOURCE_TYPES = [
  'article',
  'video',
  'audio',
  'course',
  'guide',
  'infographic',
  'other',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const MEASUREMENT_SOURCES = ['manual', 'device', 'import', 'clinic'] as const;
export type MeasurementSource = (typeof MEASUREMENT_SOURCES)[number];
export const INTENSITIES = ['low', 'moderate', 'high', 'very_high'] as const;
export type Intensity = (typeof INTENSITIES)[number];
export const GOAL_STATUSES = ['active', 'paused', 'completed', 'abandoned'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const IMPORT_STATUSES = ['active', 'paused', 'error', 'revoked'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

// The resources of this module as data: table, writable fields (API key -> column), read expressions and
// filters. ResourceStore turns each into list/get/create/update/delete.
import type { ResourceSpec } from './resource-store';

/**
 * Goal progress in percent, 0..100 with two decimals, as text (never a float): with a baseline,
 * (current - baseline) / (target - baseline), which also works for goals that go down (weight 90 -> 80);
 * without one, current / target. NULL when a value is missing or the span is zero.
 */
export const GOAL_PROGRESS_SQL = `(CASE
  WHEN {t}.target_value IS NULL OR {t}.current_value IS NULL THEN NULL
  WHEN {t}.baseline_value IS NOT NULL THEN
    CASE WHEN {t}.target_value = {t}.baseline_value THEN NULL
         ELSE round(greatest(0, least(100, ({t}.current_value - {t}.baseline_value) * 100 / ({t}.target_value - {t}.baseline_value))), 2)::text END
  WHEN {t}.target_value = 0 THEN NULL
  ELSE round(greatest(0, least(100, {t}.current_value * 100 / {t}.target_value)), 2)::text
END)`;

// ---------- public catalogs ----------
export const CONDITIONS: ResourceSpec = {
  noun: 'condition',
  table: 'conditions',
  fields: { name: 'name', code: 'code', codeSystem: 'code_system', category: 'category', description: 'description' },
  selectAs: { createdBy: '{t}.created_by' },
  extraColumns: ['created_by'],
  filters: { orgId: '{t}.org_id', category: '{t}.category', code: '{t}.code' },
  searchColumn: 'name',
};

export const TREATMENTS: ResourceSpec = {
  noun: 'treatment',
  table: 'treatments',
  fields: {
    name: 'name',
    description: 'description',
    treatmentType: 'treatment_type',
    conditionId: 'condition_id',
    manufacturer: 'manufacturer',
    sourceVerificationMethod: 'source_verification_method',
    regulatoryStatus: 'regulatory_status',
  },
  selectAs: { createdBy: '{t}.created_by' },
  extraColumns: ['created_by'],
  filters: {
    orgId: '{t}.org_id',
    conditionId: '{t}.condition_id',
    treatmentType: '{t}.treatment_type',
    regulatoryStatus: '{t}.regulatory_status',
  },
  searchColumn: 'name',
};

export const TRIALS: ResourceSpec = {
  noun: 'trial',
  table: 'trials',
  fields: {
    title: 'title',
    description: 'description',
    registryId: 'registry_id',
    phase: 'phase',
    status: 'status',
    conditionId: 'condition_id',
    treatmentId: 'treatment_id',
    sponsor: 'sponsor',
    location: 'location',
    url: 'url',
    startDate: 'start_date',
    endDate: 'end_date',
  },
  selectAs: { startDate: '{t}.start_date::text', endDate: '{t}.end_date::text', createdBy: '{t}.created_by' },
  extraColumns: ['created_by'],
  filters: {
    orgId: '{t}.org_id',
    status: '{t}.status',
    phase: '{t}.phase',
    conditionId: '{t}.condition_id',
    treatmentId: '{t}.treatment_id',
  },
  searchColumn: 'title',
};

export const LEARNING_RESOURCES: ResourceSpec = {
  noun: 'learning resource',
  table: 'learning_resources',
  fields: {
    title: 'title',
    description: 'description',
    resourceType: 'resource_type',
    contentUrl: 'content_url',
    content: 'content',
    relatedConditionId: 'related_condition_id',
    relatedTreatmentId: 'related_treatment_id',
  },
  selectAs: { createdBy: '{t}.created_by' },
  extraColumns: ['created_by'],
  filters: {
    orgId: '{t}.org_id',
    resourceType: '{t}.resource_type',
    relatedConditionId: '{t}.related_condition_id',
    relatedTreatmentId: '{t}.related_treatment_id',
  },
  searchColumn: 'title',
};

// ---------- the patient's clinical data (own; treating providers read) ----------
export const MEASUREMENTS: ResourceSpec = {
  noun: 'measurement',
  table: 'measurements',
  owner: 'patient_id',
  fields: {
    measurementType: 'measurement_type',
    value: 'value',
    unit: 'unit',
    measuredAt: 'measured_at',
    source: 'source',
    notes: 'notes',
    orderItemId: 'order_item_id',
  },
  filters: { measurementType: '{t}.measurement_type', source: '{t}.source' },
  timeColumn: 'measured_at',
};

export const FOOD_LOG: ResourceSpec = {
  noun: 'food log entry',
  table: 'patient_food_log',
  owner: 'patient_id',
  fields: {
    timestamp: '"timestamp"',
    foodName: 'food_name',
    quantity: 'quantity',
    unit: 'unit',
    calories: 'calories',
    protein: 'protein',
    carbs: 'carbs',
    fat: 'fat',
    notes: 'notes',
  },
  timeColumn: '"timestamp"',
  searchColumn: 'food_name',
};

export const ACTIVITY_LOG: ResourceSpec = {
  noun: 'activity log entry',
  table: 'patient_activity_log',
  owner: 'patient_id',
  fields: {
    activityType: 'activity_type',
    timestamp: '"timestamp"',
    duration: 'duration',
    intensity: 'intensity',
    caloriesBurned: 'calories_burned',
    notes: 'notes',
  },
  filters: { activityType: '{t}.activity_type', intensity: '{t}.intensity' },
  timeColumn: '"timestamp"',
};

export const CONDITION_EVENTS: ResourceSpec = {
  noun: 'condition event',
  table: 'patient_condition_events',
  owner: 'patient_id',
  fields: {
    conditionId: 'condition_id',
    eventType: 'event_type',
    timestamp: '"timestamp"',
    severity: 'severity',
    notes: 'notes',
  },
  filters: { conditionId: '{t}.condition_id', eventType: '{t}.event_type' },
  timeColumn: '"timestamp"',
};

export const HEALTH_GOALS: ResourceSpec = {
  noun: 'health goal',
  table: 'patient_health_goals',
  owner: 'patient_id',
  fields: {
    title: 'title',
    description: 'description',
    targetValue: 'target_value',
    currentValue: 'current_value',
    baselineValue: 'baseline_value',
    unit: 'unit',
    startDate: 'start_date',
    targetDate: 'target_date',
    status: 'status',
  },
  selectAs: { progressPercent: GOAL_PROGRESS_SQL },
  filters: { status: '{t}.status' },
  timeColumn: 'start_date',
};

// ---------- the patient's own, never shared ----------
export const LEARNING_PROGRESS: ResourceSpec = {
  noun: 'learning progress',
  table: 'patient_learning_progress',
  owner: 'patient_id',
  fields: { resourceId: 'resource_id', progressPercent: 'progress_percent', completed: 'completed', lastAccessed: 'last_accessed' },
  filters: { resourceId: '{t}.resource_id', completed: '{t}.completed' },
};

/** auth_token is written by ImportSourcesService (encrypted) and never read back; has_token says if one is set. */
export const IMPORT_SOURCES: ResourceSpec = {
  noun: 'import source',
  table: 'patient_data_import_sources',
  owner: 'patient_id',
  fields: { sourceName: 'source_name', sourceType: 'source_type', status: 'status' },
  selectAs: { hasToken: '{t}.has_token', lastSync: '{t}.last_sync' },
  extraColumns: ['has_token', 'last_sync'],
  filters: { sourceType: '{t}.source_type', status: '{t}.status' },
};

// ---------- companion app (seed C): own only ----------
export const DAILY_MOODS: ResourceSpec = {
  noun: 'mood',
  table: 'daily_moods',
  owner: 'user_id',
  fields: { emotion: 'emotion', intensity: 'intensity', fruit: 'fruit', note: 'note' },
  filters: { emotion: '{t}.emotion' },
  timeColumn: 'created_at',
};

export const JOURNAL_ENTRIES: ResourceSpec = {
  noun: 'journal entry',
  table: 'journal_entries',
  owner: 'user_id',
  fields: { title: 'title', content: 'content', date: 'date', emotion: 'emotion', tags: 'tags' },
  selectAs: { date: '{t}.date::text' },
  filters: { emotion: '{t}.emotion', tag: '$?::text = ANY({t}.tags)' },
  timeColumn: 'date',
  searchColumn: 'content',
};

export const CALENDAR_EVENTS: ResourceSpec = {
  noun: 'calendar event',
  table: 'calendar_events',
  owner: 'user_id',
  fields: {
    date: 'date',
    startTime: 'start_time',
    endTime: 'end_time',
    title: 'title',
    description: 'description',
    locationName: 'location_name',
    locationAddress: 'location_address',
    locationLat: 'location_lat',
    locationLng: 'location_lng',
    emotion: 'emotion',
    intensity: 'intensity',
  },
  selectAs: {
    date: '{t}.date::text',
    startTime: `to_char({t}.start_time, 'HH24:MI')`,
    endTime: `to_char({t}.end_time, 'HH24:MI')`,
  },
  filters: { emotion: '{t}.emotion' },
  timeColumn: 'date',
  searchColumn: 'title',
};

// What `npm run db:verify` expects of a live database: the seed verification queries (RLS on, policy counts,
// index names, enums, views, named functions) as data. Every table in the app schemas must be listed here,
// so whoever adds a table also adds its line: an unlisted table is reported as a miss.
//
// Every table of ../shared/design/catalog.md is listed (a test checks it). A listed table must exist, except one
// marked `planned` (no shipped migration creates it yet; the value names the issue that builds it): that one is
// reported as planned, together with the enums, views and functions it gates, and becomes a plain entry when
// its migration lands.
// For migrated tables, the policy counts and index names are what their migrations create, so a live
// database that lost a policy or an index shows it; a migration that changes them changes its line here.

export interface TableExpectation {
  /** `schema.table`; a bare name means `public`. */
  table: string;
  /** Seed documents that name the table (catalog.md letters), for the reader. */
  seeds: string;
  /** Not built yet: the issue that builds it. Absence of any other listed table is a miss. */
  planned?: string;
  /** At least this many policies (0 = service only: RLS forced with no policy denies every request role). */
  minPolicies: number;
  /** Indexes (or unique/primary key constraints' indexes) that must exist on the table, by name. */
  indexes: readonly string[];
  /** Indexes that must not exist (seed V drops the global unique key on processed_webhook_events). */
  absentIndexes?: readonly string[];
}

export interface EnumExpectation {
  /** `schema.type`; a bare name means `public`. */
  name: string;
  /** The table whose migration creates the enum; it is checked once that table exists. */
  table: string;
  /** Labels the enum must have (others may be added). */
  values?: readonly string[];
}

/** A view or a function that must exist once its table does. */
export interface GatedObject {
  /** `schema.name`; a bare name matches the object in any app schema. */
  name: string;
  table: string;
}

export interface Expectations {
  tables: readonly TableExpectation[];
  enums: readonly EnumExpectation[];
  views: readonly GatedObject[];
  functions: readonly GatedObject[];
}

/** Schemas whose tables, functions and views the checks cover. */
export const APP_SCHEMAS = ['public', 'auth', 'app_private'] as const;

export const EXPECTATIONS: Expectations = {
  tables: [
    // Foundation (1763900000000): the migrations log and the identity tables.
    { table: 'migrations', seeds: '-', minPolicies: 0, indexes: [] },
    {
      table: 'organizations',
      seeds: 'V',

      minPolicies: 2,
      indexes: ['organizations_pkey', 'organizations_slug_key'],
    },
    {
      table: 'users',
      seeds: 'L',

      minPolicies: 3,
      indexes: ['users_pkey', 'users_email_key', 'users_org_id_idx'],
    },
    {
      table: 'users_roles',
      seeds: 'C, H',

      minPolicies: 5,
      indexes: ['users_roles_pkey', 'users_roles_org_user_key', 'users_roles_user_id_idx'],
    },
    {
      table: 'profiles',
      seeds: 'C, H',

      minPolicies: 3,
      indexes: ['profiles_pkey', 'profiles_user_id_key', 'profiles_org_id_idx', 'profiles_plan_idx'],
    },
    {
      table: 'sessions',
      seeds: 'L',

      minPolicies: 2,
      indexes: ['sessions_pkey', 'sessions_user_org_idx', 'sessions_expires_at_idx', 'sessions_org_live_idx'],
    },
    {
      table: 'verification_tokens',
      seeds: 'L',

      minPolicies: 0,
      indexes: [
        'verification_tokens_pkey',
        'verification_tokens_token_hash_key',
        'verification_tokens_user_idx',
      ],
    },
    {
      table: 'api_keys',
      seeds: 'L, H',

      minPolicies: 4,
      indexes: ['api_keys_pkey', 'api_keys_key_hash_key', 'api_keys_org_id_idx'],
    },
    // RateLimits (1763903500000): abuse-limit counters, written only by app_private.hit_rate_limit().
    {
      table: 'rate_limit_counters',
      seeds: '-',
      minPolicies: 0,
      indexes: ['rate_limit_counters_pkey', 'rate_limit_counters_window_idx'],
    },

    // JobRuns (1763900300000).
    {
      table: 'job_runs',
      seeds: '-',
      minPolicies: 0, // service only (1763903600000); the API serves platform operators as service_role
      indexes: ['job_runs_pkey', 'job_runs_job_slot_key', 'job_runs_job_started_idx', 'job_runs_started_idx'],
    },
    // HealthcareScheduling (1763901000000). contacts carries seed V's five named indexes.
    {
      table: 'facilities',
      seeds: 'L',
      minPolicies: 4,
      indexes: ['facilities_pkey', 'facilities_created_idx', 'facilities_org_id_id_key'],
    },
    {
      table: 'chambers',
      seeds: 'L',
      minPolicies: 4,
      indexes: ['chambers_pkey', 'chambers_created_idx', 'chambers_facility_idx', 'chambers_org_id_id_key'],
    },
    {
      table: 'providers',
      seeds: 'L',
      minPolicies: 5,
      indexes: ['providers_pkey', 'providers_org_id_id_key', 'providers_org_user_key', 'providers_user_idx'],
    },
    {
      table: 'patients',
      seeds: 'L',
      minPolicies: 8,
      indexes: [
        'patients_pkey',
        'patients_created_idx',
        'patients_org_id_id_key',
        'patients_org_mrn_key',
        'patients_org_user_key',
        'patients_user_idx',
      ],
    },
    {
      table: 'medical_records',
      seeds: 'L',
      // Never deleted (MedicalRecordAmendments dropped the two delete policies).
      minPolicies: 8,
      indexes: [
        'medical_records_pkey',
        'medical_records_org_id_id_key',
        'medical_records_created_idx',
        'medical_records_patient_idx',
        'medical_records_provider_patient_idx',
      ],
    },
    {
      table: 'bookings',
      seeds: 'L',
      minPolicies: 9,
      indexes: [
        'bookings_pkey',
        'bookings_chamber_start_idx',
        'bookings_created_idx',
        'bookings_no_overlap',
        'bookings_org_id_id_key',
        'bookings_patient_idx',
        'bookings_provider_patient_idx',
        'bookings_provider_window_idx',
      ],
    },
    {
      table: 'chamber_schedules',
      seeds: 'L',
      minPolicies: 5,
      indexes: [
        'chamber_schedules_pkey',
        'chamber_schedules_booking_sequence_key',
        'chamber_schedules_org_idx',
      ],
    },
    {
      table: 'chamber_maintenance',
      seeds: 'L',
      minPolicies: 4,
      indexes: ['chamber_maintenance_pkey', 'chamber_maintenance_org_idx', 'chamber_maintenance_window_idx'],
    },
    { table: 'alerts', seeds: 'L', minPolicies: 3, indexes: ['alerts_pkey', 'alerts_user_idx'] },
    {
      table: 'contacts',
      seeds: 'V',
      minPolicies: 4,
      indexes: [
        'contacts_pkey',
        'contacts_org_id_id_key',
        'contacts_patient_idx',
        'idx_contacts_last_contact',
        'idx_contacts_org_created',
        'idx_contacts_org_phone',
        'idx_contacts_org_status_updated',
        'idx_contacts_service_interests',
      ],
    },
    {
      table: 'appointments',
      seeds: 'V',
      minPolicies: 5,
      indexes: [
        'appointments_pkey',
        'appointments_contact_idx',
        'appointments_created_idx',
        'appointments_org_scheduled_idx',
        'appointments_provider_contact_idx',
        'appointments_provider_no_overlap',
        'appointments_provider_window_idx',
      ],
    },
    // HealthcarePatientData (1763901100000).
    {
      table: 'conditions',
      seeds: 'H',
      minPolicies: 4,
      indexes: [
        'conditions_pkey',
        'conditions_created_idx',
        'conditions_name_idx',
        'conditions_org_id_id_key',
        'conditions_org_id_idx',
      ],
    },
    {
      table: 'treatments',
      seeds: 'H',
      minPolicies: 4,
      indexes: [
        'treatments_pkey',
        'treatments_condition_idx',
        'treatments_created_idx',
        'treatments_org_id_id_key',
        'treatments_org_id_idx',
      ],
    },
    {
      table: 'trials',
      seeds: 'H',
      minPolicies: 4,
      indexes: [
        'trials_pkey',
        'trials_condition_idx',
        'trials_created_idx',
        'trials_org_id_idx',
        'trials_treatment_idx',
      ],
    },
    {
      table: 'measurements',
      seeds: 'H',
      minPolicies: 5,
      indexes: [
        'measurements_pkey',
        'measurements_order_item_idx',
        'measurements_org_patient_id_idx',
        'measurements_patient_id_idx',
        'measurements_patient_time_idx',
      ],
    },
    {
      table: 'patient_food_log',
      seeds: 'H',
      minPolicies: 5,
      indexes: [
        'patient_food_log_pkey',
        'patient_food_log_org_patient_id_idx',
        'patient_food_log_patient_id_idx',
        'patient_food_log_patient_time_idx',
      ],
    },
    {
      table: 'patient_activity_log',
      seeds: 'H',
      minPolicies: 5,
      indexes: [
        'patient_activity_log_pkey',
        'patient_activity_log_org_patient_id_idx',
        'patient_activity_log_patient_id_idx',
        'patient_activity_log_patient_time_idx',
      ],
    },
    {
      table: 'patient_condition_events',
      seeds: 'H',
      minPolicies: 5,
      indexes: [
        'patient_condition_events_pkey',
        'patient_condition_events_condition_idx',
        'patient_condition_events_org_patient_id_idx',
        'patient_condition_events_patient_id_idx',
        'patient_condition_events_patient_time_idx',
      ],
    },
    {
      table: 'patient_health_goals',
      seeds: 'H',
      minPolicies: 5,
      indexes: [
        'patient_health_goals_pkey',
        'patient_health_goals_org_patient_id_idx',
        'patient_health_goals_patient_id_idx',
        'patient_health_goals_patient_status_idx',
      ],
    },
    {
      table: 'patient_data_import_sources',
      seeds: 'H',
      minPolicies: 4,
      indexes: [
        'patient_data_import_sources_pkey',
        'patient_data_import_sources_org_patient_id_idx',
        'patient_data_import_sources_patient_id_idx',
      ],
    },
    {
      table: 'learning_resources',
      seeds: 'H',
      minPolicies: 4,
      indexes: [
        'learning_resources_pkey',
        'learning_resources_condition_idx',
        'learning_resources_created_idx',
        'learning_resources_org_id_id_key',
        'learning_resources_org_id_idx',
        'learning_resources_treatment_idx',
      ],
    },
    {
      table: 'patient_learning_progress',
      seeds: 'H',
      minPolicies: 4,
      indexes: [
        'patient_learning_progress_pkey',
        'patient_learning_progress_org_patient_id_idx',
        'patient_learning_progress_patient_id_idx',
        'patient_learning_progress_patient_resource_key',
        'patient_learning_progress_resource_idx',
      ],
    },
    {
      table: 'calendar_events',
      seeds: 'C',
      minPolicies: 4,
      indexes: [
        'calendar_events_pkey',
        'calendar_events_date_idx',
        'calendar_events_org_user_id_idx',
        'calendar_events_user_date_idx',
        'calendar_events_user_id_idx',
      ],
    },
    {
      table: 'daily_moods',
      seeds: 'C',
      minPolicies: 4,
      indexes: [
        'daily_moods_pkey',
        'daily_moods_org_user_id_idx',
        'daily_moods_user_created_idx',
        'daily_moods_user_id_idx',
      ],
    },
    {
      table: 'journal_entries',
      seeds: 'C',
      minPolicies: 4,
      indexes: [
        'journal_entries_pkey',
        'journal_entries_created_idx',
        'journal_entries_org_user_id_idx',
        'journal_entries_user_date_idx',
        'journal_entries_user_id_idx',
      ],
    },
    // Payments (1763902000000). Seed V: processed_webhook_events is unique per (org_id, event_id), not per event_id.
    {
      table: 'wallets',
      seeds: 'L',
      minPolicies: 1,
      indexes: [
        'wallets_pkey',
        'wallets_org_id_id_key',
        'wallets_system_key',
        'wallets_user_currency_key',
        'wallets_user_id_idx',
      ],
    },
    {
      table: 'transactions',
      seeds: 'L',
      minPolicies: 1,
      indexes: [
        'transactions_pkey',
        'transactions_org_transfer_idx',
        'transactions_user_id_idx',
        'transactions_wallet_created_idx',
      ],
    },
    {
      table: 'payments',
      seeds: 'L',
      minPolicies: 3,
      indexes: ['payments_pkey', 'payments_invoice_idx', 'payments_org_id_id_key', 'payments_user_idx'],
    },
    {
      table: 'crypto_payments',
      seeds: 'L',
      minPolicies: 3,
      indexes: [
        'crypto_payments_pkey',
        'crypto_payments_invoice_idx',
        'crypto_payments_tx_key',
        'crypto_payments_user_idx',
      ],
    },
    {
      table: 'refunds',
      seeds: 'L',
      minPolicies: 3,
      indexes: ['refunds_pkey', 'refunds_org_idx', 'refunds_payment_idx', 'refunds_user_idx'],
    },
    {
      table: 'invoices',
      seeds: 'L',
      minPolicies: 4,
      indexes: ['invoices_pkey', 'invoices_org_id_id_key', 'invoices_org_number_key'],
    },
    {
      table: 'crypto_withdrawals',
      seeds: 'L',
      minPolicies: 4,
      indexes: [
        'crypto_withdrawals_pkey',
        'crypto_withdrawals_org_status_idx',
        'crypto_withdrawals_user_idx',
        'crypto_withdrawals_wallet_idx',
      ],
    },
    {
      table: 'billing_customers',
      seeds: 'C',
      minPolicies: 1,
      indexes: [
        'billing_customers_pkey',
        'billing_customers_org_user_key',
        'billing_customers_stripe_customer_key',
        'billing_customers_user_idx',
      ],
    },
    {
      table: 'webhook_events',
      seeds: 'C',
      minPolicies: 0,
      indexes: ['webhook_events_pkey', 'webhook_events_org_event_idx', 'webhook_events_received_idx'],
    },
    {
      table: 'processed_webhook_events',
      seeds: 'V',
      minPolicies: 0,
      indexes: ['processed_webhook_events_pkey', 'idx_processed_webhook_events_org_event'],
      absentIndexes: ['processed_webhook_events_event_id_key'],
    },
    {
      table: 'idempotency_keys',
      seeds: '-',
      minPolicies: 3,
      indexes: [
        'idempotency_keys_pkey',
        'idempotency_keys_created_idx',
        'idempotency_keys_principal_key',
        'idempotency_keys_user_idx',
      ],
    },

    // CareTeams (1763904600000): who treats whom, and emergency access outside the care team.
    {
      table: 'invitations',
      seeds: '-',
      minPolicies: 1,
      indexes: [
        'invitations_pkey',
        'invitations_token_hash_key',
        'invitations_pending_key',
        'invitations_email_idx',
      ],
    },
    {
      table: 'care_team_members',
      seeds: '-',
      minPolicies: 8,
      indexes: [
        'care_team_members_pkey',
        'care_team_members_org_id_id_key',
        'care_team_members_active_key',
        'care_team_members_provider_idx',
        'care_team_members_created_idx',
      ],
    },
    {
      table: 'break_glass_grants',
      seeds: '-',
      minPolicies: 5,
      indexes: [
        'break_glass_grants_pkey',
        'break_glass_grants_org_id_id_key',
        'break_glass_grants_provider_open_idx',
        'break_glass_grants_patient_idx',
        'break_glass_grants_created_idx',
      ],
    },
    // MedicalRecordAmendments (1764000000000): the versions a record had before its amendments.
    {
      table: 'medical_record_versions',
      seeds: '-',
      minPolicies: 1,
      indexes: [
        'medical_record_versions_pkey',
        'medical_record_versions_record_version_key',
        'medical_record_versions_record_idx',
      ],
    },

    // Seed L (000) checks "2-4 policies" on notifications, ai_command_logs, crypto_withdrawals and vector_memory;
    // V names the notification enums and the notification and audit functions.
    { table: 'notifications', seeds: 'L, V', minPolicies: 2, indexes: [] }, // own read; own update of read/status
    {
      table: 'audit_logs',
      seeds: 'L, V',
      minPolicies: 1,
      indexes: ['audit_logs_org_seq_idx', 'audit_logs_chain_link_key'],
    }, // admin reads own org
    { table: 'audit_logs_archive', seeds: 'V', minPolicies: 1, indexes: ['audit_logs_archive_org_seq_idx'] }, // archive_old_audit_logs moves rows here
    {
      table: 'audit_log_exports',
      seeds: 'V',
      minPolicies: 1,
      indexes: ['audit_log_exports_chain_start_key', 'audit_log_exports_org_last_idx'],
    }, // issue 14: files of the audit export job; admin reads own org, service role inserts

    // Planned: catalog tables that no shipped migration creates yet. Minimums follow catalog.md's rules; the
    // issue that builds a table drops its `planned` and sets what its migration creates.
    // AI module (1764200000000): own rows everywhere; insight runs append-only; sharing by unexpired grants.
    {
      table: 'ai_command_logs',
      seeds: 'L',
      minPolicies: 2,
      indexes: [
        'ai_command_logs_pkey',
        'ai_command_logs_user_created_idx',
        'ai_command_logs_org_created_idx',
      ],
    }, // own read and insert; outcomes through record_ai_command_outcome()
    {
      table: 'vector_memory',
      seeds: 'L',
      minPolicies: 4,
      indexes: [
        'vector_memory_pkey',
        'vector_memory_user_revision_idx',
        'vector_memory_org_user_idx',
        'vector_memory_created_idx',
      ],
    },
    // VectorMemoryVersions (1764200200000): per-user change counters, kept by vector_memory's triggers.
    {
      table: 'app_private.vector_memory_versions',
      seeds: '-',
      minPolicies: 0,
      indexes: ['vector_memory_versions_pkey', 'vector_memory_versions_org_idx'],
    },
    {
      table: 'chat_sessions',
      seeds: 'C',
      minPolicies: 4,
      indexes: ['chat_sessions_pkey', 'chat_sessions_org_id_id_key', 'chat_sessions_user_created_idx'],
    },
    {
      table: 'chat_messages',
      seeds: 'C',
      minPolicies: 3,
      indexes: ['chat_messages_pkey', 'chat_messages_session_created_idx', 'chat_messages_user_idx'],
    },
    {
      table: 'user_memory',
      seeds: 'C',
      minPolicies: 4,
      indexes: ['user_memory_pkey', 'user_memory_source_key', 'user_memory_user_created_idx'],
    },
    {
      table: 'insight_runs',
      seeds: 'C',
      minPolicies: 1,
      indexes: [
        'insight_runs_pkey',
        'insight_runs_user_range_key',
        'insight_runs_user_created_idx',
        'insight_runs_org_idx',
      ],
    },
    {
      table: 'patient_insights',
      seeds: 'H',
      minPolicies: 3,
      indexes: [
        'patient_insights_pkey',
        'patient_insights_patient_generated_idx',
        'patient_insights_org_idx',
      ],
    },
    {
      table: 'ai_doctor_sessions',
      seeds: 'H',
      minPolicies: 5,
      indexes: [
        'ai_doctor_sessions_pkey',
        'ai_doctor_sessions_org_id_id_key',
        'ai_doctor_sessions_patient_created_idx',
        'ai_doctor_sessions_org_idx',
      ],
    },
    {
      table: 'ai_doctor_sharing_permissions',
      seeds: 'H',
      minPolicies: 5,
      indexes: [
        'ai_doctor_sharing_permissions_pkey',
        'ai_doctor_sharing_permissions_active_key',
        'ai_doctor_sharing_permissions_provider_idx',
        'ai_doctor_sharing_permissions_org_idx',
      ],
    },
    // commerce (issue 12)
    {
      table: 'products',
      seeds: 'H',
      minPolicies: 4,
      indexes: [
        'products_pkey',
        'products_org_id_id_key',
        'products_org_sku_key',
        'products_org_created_idx',
        'products_treatment_idx',
      ],
    },
    {
      table: 'cart_items',
      seeds: 'H',
      minPolicies: 4,
      indexes: [
        'cart_items_pkey',
        'cart_items_patient_product_key',
        'cart_items_patient_idx',
        'cart_items_product_idx',
      ],
    },
    {
      table: 'orders',
      seeds: 'H',
      minPolicies: 3,
      indexes: [
        'orders_pkey',
        'orders_org_id_id_key',
        'orders_patient_idx',
        'orders_org_created_idx',
        'orders_hold_idx',
      ],
    },
    {
      table: 'order_items',
      seeds: 'H',
      minPolicies: 1,
      indexes: [
        'order_items_pkey',
        'order_items_org_id_id_key',
        'order_items_order_product_key',
        'order_items_recall_idx',
        'order_items_prescription_idx',
      ],
    },
    {
      table: 'prescriptions',
      seeds: '-',
      minPolicies: 3,
      indexes: [
        'prescriptions_pkey',
        'prescriptions_org_id_id_key',
        'prescriptions_patient_idx',
        'prescriptions_provider_idx',
        'prescriptions_org_created_idx',
      ],
    },
    {
      table: 'instance_settings',
      seeds: 'H',
      minPolicies: 4,
      indexes: ['instance_settings_pkey', 'instance_settings_setting_key_key'],
    },
    {
      table: 'instance_module_activations',
      seeds: 'H',
      minPolicies: 4,
      indexes: ['instance_module_activations_pkey', 'instance_module_activations_module_name_key'],
    },
    {
      table: 'instance_network_config',
      seeds: 'H',
      minPolicies: 4,
      indexes: ['instance_network_config_pkey', 'instance_network_config_singleton'],
    },
    {
      table: 'system_config',
      seeds: 'L',
      minPolicies: 4,
      indexes: ['system_config_pkey', 'system_config_config_key_key'],
    },
    {
      table: 'monitoring_rules',
      seeds: 'L',
      minPolicies: 4,
      indexes: ['monitoring_rules_pkey', 'monitoring_rules_name_key'],
    },
    {
      table: 'oauth_clients',
      seeds: 'H',
      minPolicies: 4,
      indexes: [
        'oauth_clients_pkey',
        'oauth_clients_client_id_key',
        'oauth_clients_org_id_id_key',
        'oauth_clients_org_id_created_by_idx',
      ],
    }, // admin, and developers for the clients they created
    {
      table: 'oauth_scopes',
      seeds: 'H',
      minPolicies: 4,
      indexes: ['oauth_scopes_pkey', 'oauth_scopes_name_key'],
    }, // public read; the platform's operators write
    {
      table: 'oauth_access_tokens',
      seeds: 'H',
      minPolicies: 0,
      indexes: ['oauth_access_tokens_token_hash_key', 'oauth_access_tokens_grant_id_idx'],
    }, // service only
    {
      table: 'oauth_refresh_tokens',
      seeds: 'H',
      minPolicies: 0,
      indexes: ['oauth_refresh_tokens_token_hash_key', 'oauth_refresh_tokens_grant_id_idx'],
    }, // service only
    {
      table: 'oauth_provider_artifacts',
      seeds: '-',
      minPolicies: 0,
      indexes: ['oauth_provider_artifacts_pkey', 'oauth_provider_artifacts_grant_id_idx'],
    }, // issue 13: the authorization server's codes, grants, sessions, interactions, signing keys; service only
  ],

  enums: [
    {
      name: 'app_role',
      table: 'users_roles',
      values: ['admin', 'provider', 'patient', 'research_partner', 'developer', 'ops'],
    },
    {
      name: 'user_type',
      table: 'profiles',
      values: ['admin', 'provider', 'patient', 'research-partner', 'developer'],
    },
    {
      name: 'verification_purpose',
      table: 'verification_tokens',
      values: ['email_verification', 'password_reset', 'invitation'],
    },
    { name: 'job_run_status', table: 'job_runs' },
    { name: 'booking_status', table: 'bookings' },
    { name: 'lead_score_type', table: 'contacts' },
    { name: 'lead_status_type', table: 'contacts' },
    { name: 'appointment_status', table: 'appointments' },
    {
      name: 'withdrawal_status',
      table: 'crypto_withdrawals',
      values: ['PENDING', 'APPROVED', 'REJECTED', 'COMPLETED'],
    },
    { name: 'notification_type', table: 'notifications' },
    { name: 'notification_status', table: 'notifications' },
    { name: 'notification_priority', table: 'notifications' },
    { name: 'ai_status', table: 'ai_command_logs', values: ['PENDING', 'COMPLETED', 'ERROR'] },
  ],

  // Seed C's PascalCase names, kept as security_invoker views over the snake_case tables (catalog.md).
  views: [
    { name: 'public.DailyMood', table: 'daily_moods' },
    { name: 'public.JournalEntry', table: 'journal_entries' },
    { name: 'public.ChatSession', table: 'chat_sessions' },
    { name: 'public.ChatMessage', table: 'chat_messages' },
    { name: 'public.UserMemory', table: 'user_memory' },
    { name: 'public.InsightRun', table: 'insight_runs' },
    { name: 'public.chat_session', table: 'chat_sessions' },
    { name: 'public.insight_run', table: 'insight_runs' },
  ],

  functions: [
    { name: 'auth.jwt', table: 'users' },
    { name: 'auth.uid', table: 'users' },
    { name: 'auth.role', table: 'users' },
    { name: 'auth.app_role', table: 'users' },
    { name: 'public.auth_org_id', table: 'users' },
    { name: 'public.prevent_org_id_change', table: 'users' },
    { name: 'public.update_updated_at_column', table: 'users' },
    { name: 'create_notification', table: 'notifications' },
    { name: 'expire_old_notifications', table: 'notifications' },
    { name: 'log_audit_event', table: 'audit_logs' },
    { name: 'archive_old_audit_logs', table: 'audit_logs' },
    { name: 'get_org_audit_logs', table: 'audit_logs' },
    { name: 'detect_suspicious_activity', table: 'audit_logs' },
    { name: 'app_private.open_break_glass', table: 'break_glass_grants' },
    { name: 'app_private.in_care_team', table: 'care_team_members' },
    { name: 'app_private.medical_records_amend', table: 'medical_record_versions' },
    { name: 'app_private.medical_records_retain', table: 'medical_record_versions' },
    { name: 'app_private.assert_session_active', table: 'sessions' },
    { name: 'app_private.session_access_role', table: 'sessions' },
    { name: 'app_private.sessions_recompute_access', table: 'sessions' },
    { name: 'app_private.invite_member', table: 'invitations' },
    { name: 'app_private.my_invitations', table: 'invitations' },
    { name: 'app_private.respond_to_invitation', table: 'invitations' },
    { name: 'app_private.record_ai_command_outcome', table: 'ai_command_logs' },
    { name: 'app_private.ai_org_tokens_today', table: 'ai_command_logs' },
    { name: 'app_private.caller_on_pro_plan', table: 'user_memory' },
    { name: 'app_private.insight_runs_append_only', table: 'insight_runs' },
    { name: 'app_private.my_ai_doctor_session_ids', table: 'ai_doctor_sharing_permissions' },
    { name: 'app_private.shared_ai_doctor_session_ids', table: 'ai_doctor_sessions' },
  ],
};

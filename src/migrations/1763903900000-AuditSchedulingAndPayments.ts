import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTrigger } from './helpers';

/** The tenant tables created before the audit helper existed get the same write audit as every other one. */
const TABLES = [
  // HealthcareScheduling1763901000000
  'facilities',
  'chambers',
  'chamber_schedules',
  'chamber_maintenance',
  'providers',
  'patients',
  'medical_records',
  'bookings',
  'alerts',
  'contacts',
  'appointments',
  // Payments1763902000000
  'wallets',
  'transactions',
  'payments',
  'crypto_payments',
  'refunds',
  'invoices',
  'crypto_withdrawals',
  'billing_customers',
  'webhook_events',
  'processed_webhook_events',
  'idempotency_keys',
];

export class AuditSchedulingAndPayments1763903900000 implements MigrationInterface {
  name = 'AuditSchedulingAndPayments1763903900000';

  async up(q: QueryRunner): Promise<void> {
    // A database migrated out of order during development may have them from the Audit migration's sweep.
    await q.query(
      TABLES.map(
        (t) =>
          `DROP TRIGGER IF EXISTS audit_row_change ON public.${t};\nDROP TRIGGER IF EXISTS audit_statement_lock ON public.${t};\n` +
          auditTrigger(t),
      ).join(''),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      TABLES.map(
        (t) =>
          `DROP TRIGGER IF EXISTS audit_row_change ON public.${t};\nDROP TRIGGER IF EXISTS audit_statement_lock ON public.${t};\n`,
      ).join(''),
    );
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * job_runs is instance-wide, so no tenant role reads it: an admin of any organization could otherwise see
 * every run and its errors. The jobs API serves platform operators (config PLATFORM_ORG_ID) as service_role.
 */
export class JobRunsServiceOnly1763903600000 implements MigrationInterface {
  name = 'JobRunsServiceOnly1763903600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP POLICY job_runs_select_staff ON public.job_runs;
      REVOKE SELECT ON public.job_runs FROM authenticated;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE POLICY job_runs_select_staff ON public.job_runs FOR SELECT TO authenticated
        USING ((SELECT auth.app_role()) IN ('admin', 'ops'));
      GRANT SELECT ON public.job_runs TO authenticated;
    `);
  }
}

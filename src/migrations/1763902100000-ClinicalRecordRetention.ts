import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clinical history is retained: deleting a patient no longer cascades to their bookings (and through them
 * the chamber session plans) and medical records. Medical records must be kept for the retention period
 * whatever happens to the patient row, so a patient with bookings or medical records cannot be deleted at
 * all: the foreign keys restrict, and a definer trigger refuses the delete with a clear message (42501, a
 * denied write) before the foreign key would. A patient without clinical history (entered by mistake) can
 * still be deleted by an admin.
 */
export class ClinicalRecordRetention1763902100000 implements MigrationInterface {
  name = 'ClinicalRecordRetention1763902100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE public.medical_records DROP CONSTRAINT medical_records_patient_fkey,
        ADD CONSTRAINT medical_records_patient_fkey FOREIGN KEY (org_id, patient_id)
          REFERENCES public.patients (org_id, id) ON DELETE RESTRICT;
      ALTER TABLE public.bookings DROP CONSTRAINT bookings_patient_fkey,
        ADD CONSTRAINT bookings_patient_fkey FOREIGN KEY (org_id, patient_id)
          REFERENCES public.patients (org_id, id) ON DELETE RESTRICT;

      -- Definer: the answer must not depend on which bookings or records the deleting role can see.
      CREATE FUNCTION app_private.patients_retain_clinical_history() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM public.medical_records m WHERE m.org_id = OLD.org_id AND m.patient_id = OLD.id)
           OR EXISTS (SELECT 1 FROM public.bookings b WHERE b.org_id = OLD.org_id AND b.patient_id = OLD.id) THEN
          RAISE EXCEPTION 'The patient has bookings or medical records, which are retained; the patient cannot be deleted.'
            USING ERRCODE = '42501';
        END IF;
        RETURN OLD;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.patients_retain_clinical_history() FROM PUBLIC;
      CREATE TRIGGER patients_retain_clinical_history BEFORE DELETE ON public.patients
        FOR EACH ROW EXECUTE FUNCTION app_private.patients_retain_clinical_history();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER IF EXISTS patients_retain_clinical_history ON public.patients;
      DROP FUNCTION IF EXISTS app_private.patients_retain_clinical_history();
      ALTER TABLE public.bookings DROP CONSTRAINT bookings_patient_fkey,
        ADD CONSTRAINT bookings_patient_fkey FOREIGN KEY (org_id, patient_id)
          REFERENCES public.patients (org_id, id) ON DELETE CASCADE;
      ALTER TABLE public.medical_records DROP CONSTRAINT medical_records_patient_fkey,
        ADD CONSTRAINT medical_records_patient_fkey FOREIGN KEY (org_id, patient_id)
          REFERENCES public.patients (org_id, id) ON DELETE CASCADE;
    `);
  }
}

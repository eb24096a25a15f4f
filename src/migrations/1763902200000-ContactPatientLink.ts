import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A CRM contact's patient_id is part of the provider-patient relationship (an appointment with a contact
 * linked to a patient lets the provider read that patient). Staff write contacts, so without a check a
 * provider could link a contact to any patient of the organization and book themselves an appointment with
 * it, reaching a patient they do not treat. Now a member other than an admin may link a contact only to a
 * patient they already treat (app_private.provider_treats_patient); anything else is a denied write (42501),
 * raised before the foreign key so it does not tell whether the patient exists. The service role is not
 * limited. Definer, because PL/pgSQL checks EXECUTE on every function of the condition when it prepares it,
 * even one it never calls, and the service role has no grant on the relationship helpers.
 */
export class ContactPatientLink1763902200000 implements MigrationInterface {
  name = 'ContactPatientLink1763902200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_private.check_contact_patient_link() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF NEW.patient_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.patient_id IS DISTINCT FROM OLD.patient_id)
           AND auth.role() = 'authenticated' AND auth.app_role() IS DISTINCT FROM 'admin'
           AND NOT app_private.provider_treats_patient(NEW.patient_id) THEN
          RAISE EXCEPTION 'only an admin links a contact to a patient you do not treat' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.check_contact_patient_link() FROM PUBLIC;
      CREATE TRIGGER contacts_check_patient_link BEFORE INSERT OR UPDATE OF patient_id ON public.contacts
        FOR EACH ROW EXECUTE FUNCTION app_private.check_contact_patient_link();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER IF EXISTS contacts_check_patient_link ON public.contacts;
      DROP FUNCTION IF EXISTS app_private.check_contact_patient_link();
    `);
  }
}

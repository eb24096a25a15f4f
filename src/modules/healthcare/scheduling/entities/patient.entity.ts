import {
  Check,
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';
import type { Organization, User } from '../../../identity/entities';
import type { PatientSex } from '../scheduling.enums';

/**
 * The clinic's record of a person it treats; userId is their login (null without an account). A patient may
 * change only their own contact details (trigger); one with bookings or medical records is never deleted.
 */
@Entity({ name: 'patients' })
@Unique('patients_org_id_id_key', ['orgId', 'id'])
@Unique('patients_org_user_key', ['orgId', 'userId'])
@Unique('patients_org_mrn_key', ['orgId', 'mrn'])
@Index('patients_user_idx', ['userId'])
@Index('patients_created_idx', { synchronize: false }) // (org_id, created_at DESC, id DESC)
@Check('patients_mrn_check', `length(mrn) BETWEEN 1 AND 64`)
@Check('patients_first_name_check', `length(first_name) BETWEEN 1 AND 100`)
@Check('patients_last_name_check', `length(last_name) BETWEEN 1 AND 100`)
@Check('patients_date_of_birth_check', `date_of_birth >= '1900-01-01'`)
@Check('patients_sex_check', `sex IN ('female', 'male', 'other', 'unknown')`)
@Check('patients_phone_check', `length(phone) <= 40`)
@Check('patients_email_check', `length(email) <= 320`)
@Check('patients_emergency_contact_name_check', `length(emergency_contact_name) <= 200`)
@Check('patients_emergency_contact_phone_check', `length(emergency_contact_phone) <= 40`)
export class Patient {
  /** gen_random_uuid(); the request roles may not insert it. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'patients_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId!: string | null;
  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'patients_user_id_fkey' })
  user?: User;
  @Column({ type: 'text', nullable: true }) mrn!: string | null;
  @Column({ name: 'first_name', type: 'text' }) firstName!: string;
  @Column({ name: 'last_name', type: 'text' }) lastName!: string;
  /** 'YYYY-MM-DD'. */
  @Column({ name: 'date_of_birth', type: 'date', nullable: true }) dateOfBirth!: string | null;
  @Column({ type: 'text', nullable: true }) sex!: PatientSex | null;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ name: 'emergency_contact_name', type: 'text', nullable: true }) emergencyContactName!:
    string | null;
  @Column({ name: 'emergency_contact_phone', type: 'text', nullable: true }) emergencyContactPhone!:
    string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}

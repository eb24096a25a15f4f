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
import type { Organization } from '../../../identity/entities';
import { LEAD_SCORES, LEAD_STATUSES, type LeadScore, type LeadStatus } from '../scheduling.enums';
import { Patient } from './patient.entity';

/**
 * A CRM lead (seed V), staff only. patientId links it to the clinic's patient record; a member other than an
 * admin may link only a patient they treat (trigger).
 */
@Entity({ name: 'contacts' })
@Unique('contacts_org_id_id_key', ['orgId', 'id'])
@Index('idx_contacts_org_phone', ['orgId', 'phone'], { unique: true })
@Index('contacts_patient_idx', ['patientId'], { where: 'patient_id IS NOT NULL' })
@Index('idx_contacts_org_status_updated', { synchronize: false }) // (org_id, lead_status, updated_at DESC)
@Index('idx_contacts_org_created', { synchronize: false }) // (org_id, created_at DESC, id DESC)
@Index('idx_contacts_last_contact', { synchronize: false }) // (org_id, last_contact_at DESC)
@Index('idx_contacts_service_interests', { synchronize: false }) // gin (service_interests)
@Check('contacts_name_check', `length(name) BETWEEN 1 AND 200`)
@Check('contacts_phone_check', `length(phone) BETWEEN 3 AND 40`)
@Check('contacts_email_check', `length(email) <= 320`)
@Check('contacts_notes_check', `length(notes) <= 10000`)
export class Contact {
  /** gen_random_uuid(); the request roles may not insert it. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'contacts_org_id_fkey' })
  org?: Organization;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ name: 'service_interests', type: 'text', array: true, default: () => `'{}'` })
  serviceInterests!: string[];
  @Column({
    name: 'lead_score',
    type: 'enum',
    enum: LEAD_SCORES,
    enumName: 'lead_score_type',
    default: 'cold',
  })
  leadScore!: LeadScore;
  @Column({
    name: 'lead_status',
    type: 'enum',
    enum: LEAD_STATUSES,
    enumName: 'lead_status_type',
    default: 'new',
  })
  leadStatus!: LeadStatus;
  @Column({ name: 'last_contact_at', type: 'timestamptz', nullable: true }) lastContactAt!: Date | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ name: 'patient_id', type: 'uuid', nullable: true }) patientId!: string | null;
  /** ON DELETE SET NULL (patient_id). */
  @ManyToOne(() => Patient, { onDelete: 'SET NULL' })
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'contacts_patient_fkey' },
    { name: 'patient_id', referencedColumnName: 'id' },
  ])
  patient?: Patient;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}

import { Check, Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Organization, User } from '../../../identity/entities';
import type { MaintenanceKind } from '../scheduling.enums';
import { Chamber } from './chamber.entity';

/** A window in which a chamber cannot be booked (a trigger refuses one laid over bookings). Admin only. */
@Entity({ name: 'chamber_maintenance' })
@Index('chamber_maintenance_org_idx', { synchronize: false }) // (org_id, created_at DESC, id DESC)
@Index('chamber_maintenance_window_idx', { synchronize: false }) // gist (chamber_id, tstzrange(starts_at, ends_at))
@Check('chamber_maintenance_kind_check', `kind IN ('scheduled', 'repair', 'inspection', 'cleaning')`)
@Check('chamber_maintenance_reason_check', `length(reason) <= 2000`)
@Check('chamber_maintenance_window_check', `ends_at > starts_at`)
export class ChamberMaintenance {
  /** gen_random_uuid(); the request roles may not insert it. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'chamber_maintenance_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'chamber_id', type: 'uuid', update: false }) chamberId!: string;
  @ManyToOne(() => Chamber, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'chamber_maintenance_chamber_fkey',
    },
    { name: 'chamber_id', referencedColumnName: 'id' },
  ])
  chamber?: Chamber;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'text', default: 'scheduled' }) kind!: MaintenanceKind;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  /** The caller (auth.uid()) by default. */
  @Column({
    name: 'created_by',
    type: 'uuid',
    nullable: true,
    default: () => 'auth.uid()',
    insert: false,
    update: false,
  })
  createdBy!: string | null;
  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'chamber_maintenance_created_by_fkey' })
  creator?: User;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}

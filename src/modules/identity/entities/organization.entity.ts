import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** The tenant. Members read their own; admins update name and settings; the service role creates. */
@Entity({ name: 'organizations' })
@Unique('organizations_slug_key', ['slug'])
@Check('organizations_name_check', `length(name) BETWEEN 1 AND 200`)
@Check('organizations_slug_check', `slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'`)
@Check('organizations_status_check', `status IN ('active', 'suspended')`)
export class Organization {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) slug!: string;
  @Column({ type: 'text', default: 'active' }) status!: 'active' | 'suspended';
  @Column({ type: 'jsonb', default: () => `'{}'` }) settings!: Record<string, unknown>;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}

import { Check, Column, Entity, Generated, PrimaryColumn, Unique } from 'typeorm';

/** Whether a module is switched on, and from when until when. No row: the module is on. */
@Entity({ name: 'instance_module_activations' })
@Unique('instance_module_activations_module_name_key', ['moduleName'])
@Check('instance_module_activations_module_name_check', `module_name ~ '^[a-z][a-z0-9-]{0,62}$'`)
@Check('instance_module_activations_activation_key_check', `activation_key ~ '^[0-9a-f]{64}$'`)
@Check(
  'instance_module_activations_dates_check',
  `expiration_date IS NULL OR activation_date IS NULL OR expiration_date > activation_date`,
)
export class InstanceModuleActivation {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'module_name', type: 'text', update: false }) moduleName!: string;
  @Column({ name: 'is_active', type: 'boolean', default: false }) isActive!: boolean;
  @Column({ name: 'activation_date', type: 'timestamptz', nullable: true }) activationDate!: Date | null;
  @Column({ name: 'expiration_date', type: 'timestamptz', nullable: true }) expirationDate!: Date | null;
  /** SHA-256 (hex) of the activation key; never readable by the request roles. */
  @Column({ name: 'activation_key', type: 'text', nullable: true, select: false })
  activationKey?: string | null;
  @Column({ type: 'jsonb', default: () => `'{}'` }) settings!: Record<string, unknown>;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}

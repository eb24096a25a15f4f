import { Check, Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';

/** The instance's connection to the research network (one row at most). */
@Entity({ name: 'instance_network_config' })
@Index('instance_network_config_singleton', { synchronize: false }) // UNIQUE ((true))
@Check('instance_network_config_network_api_key_check', `network_api_key ~ '^v1\\.[A-Za-z0-9_-]+$'`)
export class InstanceNetworkConfig {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'is_connected_to_network', type: 'boolean', default: false })
  isConnectedToNetwork!: boolean;
  @Column({ name: 'data_contribution_enabled', type: 'boolean', default: false })
  dataContributionEnabled!: boolean;
  @Column({ name: 'contribution_rules', type: 'jsonb', default: () => `'{}'` })
  contributionRules!: Record<string, unknown>;
  /** Sealed with DATA_ENCRYPTION_KEY; never readable by the request roles, never returned. */
  @Column({ name: 'network_api_key', type: 'text', nullable: true, select: false })
  networkApiKey?: string | null;
  @Column({
    name: 'last_contribution_date',
    type: 'timestamptz',
    nullable: true,
    insert: false,
    update: false,
  })
  lastContributionDate!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}

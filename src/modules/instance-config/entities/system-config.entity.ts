import { Check, Column, Entity, Generated, PrimaryColumn, Unique } from 'typeorm';

/** Seed L's system configuration: operator-level key/value pairs. */
@Entity({ name: 'system_config' })
@Unique('system_config_config_key_key', ['configKey'])
@Check('system_config_config_key_check', `config_key ~ '^[a-z][a-z0-9_.]{0,99}$'`)
@Check('system_config_description_check', `length(description) <= 1000`)
export class SystemConfig {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'config_key', type: 'text', update: false }) configKey!: string;
  @Column({ name: 'config_value', type: 'jsonb' }) configValue!: unknown;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}

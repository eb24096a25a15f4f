import { Check, Column, Entity, Generated, PrimaryColumn, Unique } from 'typeorm';

/** One instance-wide setting; its value is validated against the schema the settings registry declares for the key. */
@Entity({ name: 'instance_settings' })
@Unique('instance_settings_setting_key_key', ['settingKey'])
@Check('instance_settings_setting_key_check', `setting_key ~ '^[a-z][a-z0-9_.]{0,99}$'`)
@Check('instance_settings_category_check', `category ~ '^[a-z][a-z0-9_]{0,62}$'`)
export class InstanceSetting {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'setting_key', type: 'text', update: false }) settingKey!: string;
  @Column({ name: 'setting_value', type: 'jsonb' }) settingValue!: unknown;
  @Column({ type: 'text' }) category!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}

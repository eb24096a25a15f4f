import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { sql } from '../../common/database/sql';
import { InstanceSetting } from './entities';

interface SettingRow {
  setting_key: string;
  setting_value: unknown;
  category: string;
  updated_at: Date;
}

/** instance_settings, as RLS shows them (operators of the platform organization see every row). */
@Injectable()
export class SettingsRepository {
  list(): Promise<InstanceSetting[]> {
    return repo(InstanceSetting).find({ order: { settingKey: 'ASC' } });
  }

  find(key: string): Promise<InstanceSetting | null> {
    return repo(InstanceSetting).findOneBy({ settingKey: key });
  }

  /** Inserts or replaces the value (JSON null included, which TypeORM would write as SQL NULL). */
  async put(key: string, value: unknown, category: string): Promise<SettingRow> {
    const row = await sql().one<SettingRow>(
      `INSERT INTO public.instance_settings (setting_key, setting_value, category) VALUES ($1, $2::jsonb, $3)
       ON CONFLICT (setting_key) DO UPDATE SET setting_value = EXCLUDED.setting_value, category = EXCLUDED.category
       RETURNING setting_key, setting_value, category, updated_at`,
      [key, JSON.stringify(value), category],
    );
    return row!;
  }

  async remove(key: string): Promise<boolean> {
    return ((await repo(InstanceSetting).delete({ settingKey: key })).affected ?? 0) > 0;
  }
}

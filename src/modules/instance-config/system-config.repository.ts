import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { sql } from '../../common/database/sql';
import { paginate, type Page } from '../../common/pagination';
import { SystemConfig } from './entities';

interface SystemConfigRow {
  id: string;
  config_key: string;
  config_value: unknown;
  description: string | null;
  created_at: Date;
  updated_at: Date;
}

/** system_config, as RLS shows it (operators of the platform organization see every row). */
@Injectable()
export class SystemConfigRepository {
  list(f: { limit: number; cursor?: string }): Promise<Page<SystemConfig>> {
    return paginate(repo(SystemConfig).createQueryBuilder('config'), f);
  }

  find(key: string): Promise<SystemConfig | null> {
    return repo(SystemConfig).findOneBy({ configKey: key });
  }

  /** Inserts or replaces value and description (JSON null included, which TypeORM would write as SQL NULL). */
  async put(key: string, value: unknown, description: string | null): Promise<SystemConfigRow> {
    const row = await sql().one<SystemConfigRow>(
      `INSERT INTO public.system_config (config_key, config_value, description) VALUES ($1, $2::jsonb, $3)
       ON CONFLICT (config_key) DO UPDATE
         SET config_value = EXCLUDED.config_value, description = EXCLUDED.description
       RETURNING id, config_key, config_value, description, created_at, updated_at`,
      [key, JSON.stringify(value), description],
    );
    return row!;
  }

  async remove(key: string): Promise<boolean> {
    return ((await repo(SystemConfig).delete({ configKey: key })).affected ?? 0) > 0;
  }
}

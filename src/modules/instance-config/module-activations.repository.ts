import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { sql } from '../../common/database/sql';
import { InstanceModuleActivation } from './entities';

export interface ActivationChange {
  isActive: boolean;
  activationDate?: Date | null;
  expirationDate?: Date | null;
  /** SHA-256 hex of the key. */
  activationKey?: string;
  settings?: Record<string, unknown>;
}

@Injectable()
export class ModuleActivationsRepository {
  list(): Promise<InstanceModuleActivation[]> {
    return repo(InstanceModuleActivation).find({ order: { moduleName: 'ASC' } });
  }

  find(module: string): Promise<InstanceModuleActivation | null> {
    return repo(InstanceModuleActivation).findOneBy({ moduleName: module });
  }

  /** Inserts or updates the module's row; a field left undefined keeps its value. */
  async put(module: string, c: ActivationChange): Promise<void> {
    // Parameters, not EXCLUDED: reading EXCLUDED.activation_key needs SELECT on it, which no request role has.
    const sets = ['is_active = $2'];
    if (c.activationDate !== undefined) sets.push('activation_date = $3');
    if (c.expirationDate !== undefined) sets.push('expiration_date = $4');
    if (c.activationKey !== undefined) sets.push('activation_key = $5');
    if (c.settings !== undefined) sets.push(`settings = coalesce($6::jsonb, '{}')`);
    await sql().exec(
      `INSERT INTO public.instance_module_activations
         (module_name, is_active, activation_date, expiration_date, activation_key, settings)
       VALUES ($1, $2, $3, $4, $5, coalesce($6::jsonb, '{}'))
       ON CONFLICT (module_name) DO UPDATE SET ${sets.join(', ')}`,
      [
        module,
        c.isActive,
        c.activationDate ?? null,
        c.expirationDate ?? null,
        c.activationKey ?? null,
        c.settings === undefined ? null : JSON.stringify(c.settings),
      ],
    );
  }
}

// The gate state of this process: which modules are switched on, held in memory so a request's check is a
// Map lookup. Filled and refreshed by the instance configuration module (LISTEN/NOTIFY plus a periodic
// reload); a module without an entry is active.
import { Injectable } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

export interface ModuleGateEntry {
  isActive: boolean;
  /** Epoch ms; null = no bound. */
  activationDate: number | null;
  expirationDate: number | null;
}

export function entryIsActive(e: ModuleGateEntry | undefined, now: number): boolean {
  if (!e) return true;
  return (
    e.isActive &&
    (e.activationDate === null || e.activationDate <= now) &&
    (e.expirationDate === null || now < e.expirationDate)
  );
}

export const moduleInactive = (module: string) =>
  new DomainError('not-found', `The ${module} module is not active on this instance.`);

@Injectable()
export class ModuleGateState {
  private entries = new Map<string, ModuleGateEntry>();
  /** When the state was last loaded (epoch ms); 0 = never. */
  loadedAt = 0;

  isActive(module: string, now = Date.now()): boolean {
    return entryIsActive(this.entries.get(module), now);
  }

  /** Throws the 404 problem a switched-off module's routes answer. */
  assertActive(module: string): void {
    if (!this.isActive(module)) throw moduleInactive(module);
  }

  /** One module's entry, as this instance just committed it (the next reload confirms it). */
  set(module: string, entry: ModuleGateEntry): void {
    const next = new Map(this.entries);
    next.set(module, entry);
    this.entries = next;
  }

  replace(entries: Map<string, ModuleGateEntry>): void {
    this.entries = entries;
    this.loadedAt = Date.now();
  }
}

// Keeps this process's ModuleGateState in step with instance_module_activations: loaded before the app
// serves, reloaded on every NOTIFY carebase_module_gate (a trigger sends it when a change commits) received on
// a dedicated connection, and every REFRESH_MS as a fallback (a lost connection, a missed notification).
// Also records PLATFORM_ORG_ID in the database at start-up, which the instance tables' policies read.
import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import { RlsTransactions } from '../../common/database/rls-transactions';
import { ModuleGateState, type ModuleGateEntry } from '../../common/module-gate/module-gate.state';

export const MODULE_GATE_CHANNEL = 'carebase_module_gate';
const REFRESH_MS = 30_000;
const RECONNECT_MS = 1_000;

interface ActivationRow {
  module_name: string;
  is_active: boolean;
  activation_date: Date | null;
  expiration_date: Date | null;
}

@Injectable()
export class ModuleGateLoader implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('ModuleGate');
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private reconnect?: NodeJS.Timeout;
  private loading?: Promise<void>;
  private again = false;
  private closed = false;

  constructor(
    private readonly state: ModuleGateState,
    private readonly tx: RlsTransactions,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.tx.asService('instance-config.platform', (m) =>
      m.query('SELECT app_private.set_platform_org($1)', [this.config.PLATFORM_ORG_ID ?? null]),
    );
    await this.listen();
    await this.reload();
    this.timer = setInterval(() => void this.reload().catch(() => undefined), REFRESH_MS);
    this.timer.unref();
  }

  /** Reloads the state; concurrent calls coalesce into one more load after the running one. */
  reload(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = (async () => {
      try {
        do {
          this.again = false;
          const rows = await this.tx.asService('instance-config.gate', (m) =>
            m.query<ActivationRow[]>(
              `SELECT module_name, is_active, activation_date, expiration_date FROM public.instance_module_activations`,
            ),
          );
          const entries = new Map<string, ModuleGateEntry>();
          for (const r of rows)
            entries.set(r.module_name, {
              isActive: r.is_active,
              activationDate: r.activation_date ? r.activation_date.getTime() : null,
              expirationDate: r.expiration_date ? r.expiration_date.getTime() : null,
            });
          this.state.replace(entries);
        } while (this.again && !this.closed);
      } catch (err) {
        this.logger.error({ msg: 'module gate reload failed', err: String(err) });
        throw err;
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  private async listen(): Promise<void> {
    const opts = this.dataSource.options as PostgresConnectionOptions;
    const client = new Client({
      connectionString: this.config.DATABASE_LISTEN_URL ?? opts.url,
      ssl: opts.ssl as boolean | undefined,
      application_name: 'carebase-module-gate',
    });
    client.on('notification', () => void this.reload().catch(() => undefined));
    client.on('error', (err) => {
      this.logger.warn({ msg: 'module gate listener lost its connection', err: err.message });
      this.scheduleReconnect(client);
    });
    client.on('end', () => this.scheduleReconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${MODULE_GATE_CHANNEL}`);
      this.listener = client;
    } catch (err) {
      this.logger.warn({ msg: 'module gate listener could not connect', err: String(err) });
      this.scheduleReconnect(client);
    }
  }

  private scheduleReconnect(client: Client): void {
    if (this.closed || this.reconnect) return;
    if (this.listener === client) this.listener = undefined;
    client.removeAllListeners('end');
    void client.end().catch(() => undefined);
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      // Changes made while disconnected: caught up by the reload after listening again.
      void this.listen().then(() => this.reload().catch(() => undefined));
    }, RECONNECT_MS);
    this.reconnect.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    clearTimeout(this.reconnect);
    const client = this.listener;
    this.listener = undefined;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
    }
    await this.loading?.catch(() => undefined);
  }
}

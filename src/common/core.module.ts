// Cross-cutting providers every module uses: the validated config, the RLS transaction runner, the access
// token service, the mailer, and the tables of the cross-cutting pieces (idempotency keys, rate-limit counters).
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type ResolvedConfig } from './config/config';
import { JwtService } from './crypto/jwt';
import { COMMON_ENTITIES } from './database/common-entities';
import { RlsTransactions } from './database/rls-transactions';
import { configuredMailTransport } from './mail/mail-transport.factory';
import { Mailer, MailTransport } from './mail/mailer';
import { Metrics } from './metrics/metrics';
import { ModuleGateState } from './module-gate/module-gate.state';

@Global()
@Module({})
export class CoreModule {
  static forRoot(config: ResolvedConfig, mailTransport?: MailTransport): DynamicModule {
    return {
      module: CoreModule,
      imports: [TypeOrmModule.forFeature(COMMON_ENTITIES)],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: JwtService, useFactory: () => new JwtService(config.JWT_SECRET) },
        mailTransport
          ? { provide: MailTransport, useValue: mailTransport }
          : { provide: MailTransport, useFactory: () => configuredMailTransport(config) },
        Metrics,
        RlsTransactions,
        Mailer,
        ModuleGateState,
      ],
      exports: [APP_CONFIG, JwtService, MailTransport, Metrics, RlsTransactions, Mailer, ModuleGateState],
    };
  }
}

// Cross-cutting providers every module uses: the validated config, the RLS transaction runner, the access
// token service and the mailer.
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from './config/config';
import { JwtService } from './crypto/jwt';
import { RlsTransactions } from './database/rls-transactions';
import { LogMailTransport, Mailer, MailTransport } from './mail/mailer';

@Global()
@Module({})
export class CoreModule {
  static forRoot(config: ResolvedConfig, mailTransport?: MailTransport): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: JwtService, useFactory: () => new JwtService(config.JWT_SECRET) },
        mailTransport ? { provide: MailTransport, useValue: mailTransport } : { provide: MailTransport, useClass: LogMailTransport },
        RlsTransactions,
        Mailer,
      ],
      exports: [APP_CONFIG, JwtService, MailTransport, RlsTransactions, Mailer],
    };
  }
}

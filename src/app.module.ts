import { Module, type DynamicModule, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, ModulesContainer, Reflector } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ResolvedConfig } from './common/config/config';
import { CoreModule } from './common/core.module';
import type { MailTransport } from './common/mail/mailer';
import { appDataSourceOptions } from './common/database/data-source';
import { DomainError } from './common/errors/domain-error';
import { RlsTransactions } from './common/database/rls-transactions';
import { ProblemDetailsFilter } from './common/filters/problem-details.filter';
import { AccessGuard } from './common/guards/access.guard';
import { RateLimitGuard } from './common/guards/rate-limit.guard';
import { FastValidationPipe } from './common/http/fast-validation.pipe';
import { installRequestTransactions } from './common/http/request-transaction';
import { ModuleGateGuard } from './common/module-gate/module-gate.guard';
import { flattenValidationErrors } from './common/validation';
import { HealthController } from './modules/health';
import { AuditModule } from './modules/audit';
import { IdentityModule } from './modules/identity';
import { PaymentsModule } from './modules/payments';
import { NotificationsModule } from './modules/notifications';
import { JobsModule } from './modules/jobs';
import { HealthcareModule } from './modules/healthcare';
import { AiModule } from './modules/ai';
import { CommerceModule } from './modules/commerce';
import { InstanceConfigModule } from './modules/instance-config';

export interface AppOptions {
  config: ResolvedConfig;
  /** Connection string of the login role that serves requests. */
  appUrl: string;
  /** Replaces the configured mail transport (tests capture mail with it). */
  mailTransport?: MailTransport;
}

@Module({})
export class AppModule implements NestModule {
  constructor(
    private readonly modules: ModulesContainer,
    private readonly tx: RlsTransactions,
    private readonly reflector: Reflector,
  ) {}

  /** Runs before any route is registered: each route's method runs in the request's RLS transaction. */
  configure(): void {
    installRequestTransactions(this.modules, this.tx, this.reflector);
  }

  static forRoot({ config, appUrl, mailTransport }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, mailTransport),
        TypeOrmModule.forRoot({
          ...appDataSourceOptions(
            appUrl,
            config.DATABASE_POOL_SIZE,
            config.DATABASE_SSL,
            [],
            config.DATABASE_PREPARED_STATEMENTS,
          ),
          autoLoadEntities: true,
        }),
        ...(config.SCHEDULER_ENABLED ? [ScheduleModule.forRoot()] : []),
        AuditModule,
        IdentityModule,
        PaymentsModule,
        NotificationsModule,
        JobsModule,
        HealthcareModule,
        AiModule,
        CommerceModule,
        InstanceConfigModule,
      ],
      controllers: [HealthController],
      providers: [
        // First: a switched-off module's routes are absent (404) to every caller, signed in or not.
        { provide: APP_GUARD, useClass: ModuleGateGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        {
          provide: APP_PIPE,
          useValue: new FastValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
            forbidUnknownValues: true,
            exceptionFactory: (errors) => {
              const fields = flattenValidationErrors(errors);
              return new DomainError(
                'invalid-input',
                fields.map((f) => `${f.field}: ${f.message}`).join('; '),
                fields,
              );
            },
          }),
        },
      ],
    };
  }
}

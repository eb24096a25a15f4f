import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BillingCustomerController } from './billing-customers.controller';
import { BillingCustomersRepository } from './billing-customers.repository';
import { BillingCustomersService } from './billing-customers.service';
import { CompanionBillingController } from './companion-billing.controller';
import { CompanionBillingService } from './companion-billing.service';
import { CryptoPaymentsController } from './crypto-payments.controller';
import { CryptoPaymentsRepository } from './crypto-payments.repository';
import { CryptoPaymentsService } from './crypto-payments.service';
import { PAYMENTS_ENTITIES } from './entities';
import { InvoicesController } from './invoices.controller';
import { InvoicesRepository } from './invoices.repository';
import { InvoicesService } from './invoices.service';
import { PaymentsController } from './payments.controller';
import { PaymentsRepository } from './payments.repository';
import { PaymentsService } from './payments.service';
import { RefundsController } from './refunds.controller';
import { RefundsRepository } from './refunds.repository';
import { RefundsService } from './refunds.service';
import { StripeRawBody } from './stripe-raw-body';
import { StripeWebhooksController } from './stripe-webhooks.controller';
import { StripeWebhooksService } from './stripe-webhooks.service';
import { WalletsController } from './wallets.controller';
import { WalletsRepository } from './wallets.repository';
import { WalletsService } from './wallets.service';
import { WebhookEventsRepository } from './webhook-events.repository';
import { WithdrawalsController } from './withdrawals.controller';
import { WithdrawalsRepository } from './withdrawals.repository';
import { WithdrawalsService } from './withdrawals.service';
import { ModuleGate } from '../../common/module-gate/module-gate.decorator';

@ModuleGate('payments')
@Module({
  imports: [TypeOrmModule.forFeature(PAYMENTS_ENTITIES)],
  // The order is the OpenAPI document's.
  controllers: [
    WalletsController,
    WithdrawalsController,
    InvoicesController,
    PaymentsController,
    CryptoPaymentsController,
    RefundsController,
    BillingCustomerController,
    CompanionBillingController,
    StripeWebhooksController,
  ],
  providers: [
    WalletsService,
    WalletsRepository,
    WithdrawalsService,
    WithdrawalsRepository,
    InvoicesService,
    InvoicesRepository,
    PaymentsService,
    PaymentsRepository,
    CryptoPaymentsService,
    CryptoPaymentsRepository,
    RefundsService,
    RefundsRepository,
    BillingCustomersService,
    BillingCustomersRepository,
    CompanionBillingService,
    StripeWebhooksService,
    WebhookEventsRepository,
    StripeRawBody,
  ],
})
export class PaymentsModule {}

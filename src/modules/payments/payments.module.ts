import { Module } from '@nestjs/common';
import { IdempotencyInterceptor } from '../../common/idempotency/idempotency.interceptor';
import {
  BillingCustomerController,
  CryptoPaymentsController,
  InvoicesController,
  PaymentsController,
  RefundsController,
} from './billing.controllers';
import { BillingService } from './billing.service';
import { StripeRawBody } from './stripe-raw-body';
import { StripeWebhooksController } from './stripe-webhooks.controller';
import { StripeWebhooksService } from './stripe-webhooks.service';
import { WalletsController } from './wallets.controller';
import { WalletsService } from './wallets.service';
import { WithdrawalsController } from './withdrawals.controller';
import { WithdrawalsService } from './withdrawals.service';

@Module({
  controllers: [
    WalletsController,
    WithdrawalsController,
    InvoicesController,
    PaymentsController,
    CryptoPaymentsController,
    RefundsController,
    BillingCustomerController,
    StripeWebhooksController,
  ],
  providers: [WalletsService, WithdrawalsService, BillingService, StripeWebhooksService, StripeRawBody, IdempotencyInterceptor],
})
export class PaymentsModule {}

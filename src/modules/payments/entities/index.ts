// The entities this module owns, registered with TypeOrmModule.forFeature in its module and listed in
// src/entities.ts for the CLI, the drift test and the schema diagram.
import { BillingCustomer } from './billing-customer.entity';
import { CryptoPayment } from './crypto-payment.entity';
import { CryptoWithdrawal } from './crypto-withdrawal.entity';
import { Invoice } from './invoice.entity';
import { Payment } from './payment.entity';
import { ProcessedWebhookEvent } from './processed-webhook-event.entity';
import { Refund } from './refund.entity';
import { Transaction } from './transaction.entity';
import { Wallet } from './wallet.entity';
import { WebhookEvent } from './webhook-event.entity';

export {
  BillingCustomer,
  CryptoPayment,
  CryptoWithdrawal,
  Invoice,
  Payment,
  ProcessedWebhookEvent,
  Refund,
  Transaction,
  Wallet,
  WebhookEvent,
};
export const PAYMENTS_ENTITIES: Function[] = [
  Wallet,
  Transaction,
  CryptoWithdrawal,
  Invoice,
  Payment,
  CryptoPayment,
  Refund,
  BillingCustomer,
  WebhookEvent,
  ProcessedWebhookEvent,
];

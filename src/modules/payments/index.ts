// The payments module's public surface: what other modules and the composition roots may import. Its entity
// types are also reachable as `import type` from its entities/ folder.
export { PaymentsModule } from './payments.module';
export { LATE_ORDER_PAYMENT_REFUNDS, type LateOrderPaymentRefunds } from './late-order-payment-refunds';

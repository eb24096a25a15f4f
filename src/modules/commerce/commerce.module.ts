// Commerce (seed H's e-commerce module, issue 12): products, carts, prescriptions, checkout and orders. The
// money moves through the payments ledger and records (definer functions of the Commerce migration).
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModuleGate } from '../../common/module-gate/module-gate.decorator';
import { LATE_ORDER_PAYMENT_REFUNDS } from '../payments';
import { CartController } from './cart.controller';
import { CartRepository } from './cart.repository';
import { CartService } from './cart.service';
import { COMMERCE_ENTITIES } from './entities';
import { OrderHoldsJob } from './order-holds.job';
import { OrderStripeService } from './order-stripe.service';
import { OrdersController } from './orders.controller';
import { OrdersRepository } from './orders.repository';
import { OrdersService } from './orders.service';
import { PrescriptionsController } from './prescriptions.controller';
import { PrescriptionsRepository } from './prescriptions.repository';
import { PrescriptionsService } from './prescriptions.service';
import { ProductsController } from './products.controller';
import { ProductsRepository } from './products.repository';
import { ProductsService } from './products.service';

// An operator may switch the shop off (seed H calls it optional): its routes then answer 404, its job is skipped.
@ModuleGate('commerce')
@Module({
  imports: [TypeOrmModule.forFeature(COMMERCE_ENTITIES)],
  controllers: [ProductsController, CartController, PrescriptionsController, OrdersController],
  providers: [
    ProductsRepository,
    ProductsService,
    CartRepository,
    CartService,
    PrescriptionsRepository,
    PrescriptionsService,
    OrdersRepository,
    OrdersService,
    OrderStripeService,
    // The Stripe webhook (payments) refunds a payment that arrived after its order was cancelled through it.
    { provide: LATE_ORDER_PAYMENT_REFUNDS, useExisting: OrderStripeService },
    OrderHoldsJob,
  ],
})
export class CommerceModule {}

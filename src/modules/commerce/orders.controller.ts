// Checkout and orders: the patient checks out their cart and reads their orders; admins read the
// organization's orders and move their status.
import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated } from '../../common/decorators/access.decorator';
import { ProblemDto } from '../../common/dto/problem.dto';
import type { CarebaseRequest } from '../../common/guards/access.guard';
import { requestClaims } from '../../common/http/request-transaction';
import { Idempotent } from '../../common/idempotency/idempotency.interceptor';
import {
  AdminsCallingStripe,
  ConflictDoc,
  IdParam,
  NotFoundDoc,
  Patients,
  PatientsCallingStripe,
  UnprocessableDoc,
} from './commerce.decorators';
import {
  CheckoutDto,
  OrderDto,
  OrderPageDto,
  OrderQueryDto,
  PaymentIntentDto,
  UpdateOrderStatusDto,
} from './dto/order.dto';
import { OrdersService } from './orders.service';

const StripeUnavailableDoc = () =>
  ApiServiceUnavailableResponse({ description: 'Stripe is not configured', type: ProblemDto });

@ApiTags('commerce')
@Controller('api/orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Post('checkout')
  @Patients()
  @Idempotent()
  @ApiOperation({
    summary:
      'Check out own cart in one transaction: stock taken, prescriptions consumed, order written, cart cleared, paid from own wallet (or pending for Stripe)',
  })
  @ApiCreatedResponse({ type: OrderDto })
  @NotFoundDoc('A prescription presented is not the caller’s')
  @ConflictDoc(
    'Out of stock, the available balance is insufficient, or the total is not the expected one (the detail and errors give the current total)',
  )
  @UnprocessableDoc(
    'Empty cart, archived product, missing/expired/exhausted prescription, currency not the wallet’s or the expected one, or Idempotency-Key reused with another body',
  )
  checkout(@Body() dto: CheckoutDto): Promise<OrderDto> {
    return this.orders.checkout(dto);
  }

  @Get()
  @Authenticated({ roles: ['patient', 'admin'], apiKeys: false })
  @ApiOperation({ summary: "Orders, newest first: a patient their own, an admin the organization's" })
  @ApiOkResponse({ type: OrderPageDto })
  list(@Query() q: OrderQueryDto): Promise<OrderPageDto> {
    return this.orders.list(q);
  }

  @Get(':id')
  @Authenticated({ roles: ['patient', 'admin'], apiKeys: false })
  @ApiOperation({ summary: 'One order with its items (own, or any of the organization for an admin)' })
  @ApiOkResponse({ type: OrderDto })
  @NotFoundDoc()
  get(@IdParam() id: string): Promise<OrderDto> {
    return this.orders.get(id);
  }

  @Post(':id/payment-intent')
  @HttpCode(200)
  @PatientsCallingStripe()
  @ApiOperation({
    summary:
      "Own pending Stripe order: the PaymentIntent to pay it with (its client secret for Stripe.js); the same one on every call. The order becomes paid by Stripe's payment_intent.succeeded webhook",
  })
  @ApiOkResponse({ type: PaymentIntentDto })
  @NotFoundDoc()
  @ConflictDoc('The order is not awaiting payment (paid, or cancelled when its hold expired)')
  @UnprocessableDoc('The order is paid from the wallet')
  @StripeUnavailableDoc()
  paymentIntent(@Req() req: CarebaseRequest, @IdParam() id: string): Promise<PaymentIntentDto> {
    return this.orders.paymentIntent(requestClaims(req), id);
  }

  @Post(':id/status')
  @HttpCode(200)
  @AdminsCallingStripe()
  @ApiOperation({
    summary:
      "Admin: move the order through its states (paid -> fulfilled -> shipped -> delivered; cancelled, refunded return stock and money). A Stripe-paid order's money is refunded at Stripe after the move is committed; stripeRefund tells how that went",
  })
  @ApiOkResponse({ type: OrderDto })
  @NotFoundDoc()
  @ConflictDoc('Not a valid move from the current status')
  setStatus(
    @Req() req: CarebaseRequest,
    @IdParam() id: string,
    @Body() dto: UpdateOrderStatusDto,
  ): Promise<OrderDto> {
    return this.orders.setStatus(requestClaims(req), id, dto);
  }

  @Post(':id/stripe-refund')
  @HttpCode(200)
  @AdminsCallingStripe()
  @ApiOperation({
    summary:
      'Admin: retry the refund at Stripe of a cancelled or refunded Stripe order whose refund is pending or failed (a refund Stripe already made is adopted, never made twice)',
  })
  @ApiOkResponse({ type: OrderDto })
  @NotFoundDoc()
  @ConflictDoc('The order has no Stripe refund to retry (none due, or already submitted or succeeded)')
  @StripeUnavailableDoc()
  retryStripeRefund(@Req() req: CarebaseRequest, @IdParam() id: string): Promise<OrderDto> {
    return this.orders.retryStripeRefund(requestClaims(req), id);
  }
}

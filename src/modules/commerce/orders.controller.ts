// Checkout and orders: the patient checks out their cart and reads their orders; admins read the
// organization's orders and move their status.
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/decorators/access.decorator';
import { Idempotent } from '../../common/idempotency/idempotency.interceptor';
import { Admins, ConflictDoc, IdParam, NotFoundDoc, Patients, UnprocessableDoc } from './commerce.decorators';
import { CheckoutDto, OrderDto, OrderPageDto, OrderQueryDto, UpdateOrderStatusDto } from './dto/order.dto';
import { OrdersService } from './orders.service';

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

  @Post(':id/status')
  @HttpCode(200)
  @Admins()
  @ApiOperation({
    summary:
      'Admin: move the order through its states (paid -> fulfilled -> shipped -> delivered; cancelled, refunded return stock and money)',
  })
  @ApiOkResponse({ type: OrderDto })
  @NotFoundDoc()
  @ConflictDoc('Not a valid move from the current status')
  setStatus(@IdParam() id: string, @Body() dto: UpdateOrderStatusDto): Promise<OrderDto> {
    return this.orders.setStatus(id, dto);
  }
}

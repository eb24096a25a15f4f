import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated } from '../../common/decorators/access.decorator';
import { ProblemDto } from '../../common/dto/problem.dto';
import { Idempotent } from '../../common/idempotency/idempotency.interceptor';
import { PageQueryDto } from '../../common/pagination';
import { BillingService } from './billing.service';
import {
  BillingCustomerDto,
  CreateCryptoPaymentDto,
  CreateInvoiceDto,
  CreatePaymentDto,
  CreateRefundDto,
  CryptoPaymentDto,
  CryptoPaymentPageDto,
  InvoiceDto,
  InvoicePageDto,
  PaymentDto,
  PaymentPageDto,
  RefundDto,
  RefundPageDto,
  UpdateInvoiceDto,
} from './dto/billing.dto';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('invoices')
@Controller('api/invoices')
export class InvoicesController {
  constructor(private readonly billing: BillingService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "Invoices: those your payments settle; an admin sees the organization's" })
  @ApiOkResponse({ type: InvoicePageDto })
  list(@Query() q: PageQueryDto) {
    return this.billing.invoices(q);
  }

  @Post()
  @Authenticated({ roles: ['admin'] })
  @ApiOperation({ summary: 'Admin: issue an invoice (amount in minor units, as a string)' })
  @ApiCreatedResponse({ type: InvoiceDto })
  @ApiConflictResponse({ description: 'The number is taken', type: ProblemDto })
  create(@Body() dto: CreateInvoiceDto) {
    return this.billing.createInvoice(dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One invoice' })
  @ApiOkResponse({ type: InvoiceDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', uuid) id: string) {
    return this.billing.invoice(id);
  }

  @Patch(':id')
  @Authenticated({ roles: ['admin'] })
  @ApiOperation({ summary: 'Admin: change description or due date, or void an unpaid invoice' })
  @ApiOkResponse({ type: InvoiceDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  update(@Param('id', uuid) id: string, @Body() dto: UpdateInvoiceDto) {
    return this.billing.updateInvoice(id, dto);
  }
}

@ApiTags('payments')
@Controller('api/payments')
export class PaymentsController {
  constructor(private readonly billing: BillingService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "Own payments; an admin sees the organization's" })
  @ApiOkResponse({ type: PaymentPageDto })
  list(@Query() q: PageQueryDto) {
    return this.billing.payments(q);
  }

  @Post()
  @Authenticated({ roles: ['admin'] })
  @Idempotent()
  @ApiOperation({ summary: 'Admin: record a fiat payment against an open invoice (never more than is due)' })
  @ApiCreatedResponse({ type: PaymentDto })
  @ApiNotFoundResponse({ description: 'No such invoice or payer', type: ProblemDto })
  @ApiConflictResponse({ description: 'The invoice is not open, or the payment exceeds what is due', type: ProblemDto })
  create(@Body() dto: CreatePaymentDto) {
    return this.billing.createPayment(dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One payment' })
  @ApiOkResponse({ type: PaymentDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', uuid) id: string) {
    return this.billing.payment(id);
  }
}

@ApiTags('payments')
@Controller('api/crypto-payments')
export class CryptoPaymentsController {
  constructor(private readonly billing: BillingService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "Own crypto payments; an admin sees the organization's" })
  @ApiOkResponse({ type: CryptoPaymentPageDto })
  list(@Query() q: PageQueryDto) {
    return this.billing.cryptoPayments(q);
  }

  @Post()
  @Authenticated({ roles: ['admin'] })
  @Idempotent()
  @ApiOperation({ summary: 'Admin: record a crypto payment (exact decimal string), optionally settling an invoice' })
  @ApiCreatedResponse({ type: CryptoPaymentDto })
  @ApiConflictResponse({ description: 'Already recorded, or exceeds what is due', type: ProblemDto })
  @ApiNotFoundResponse({ description: 'The invoice does not exist or is not visible to you', type: ProblemDto })
  create(@Body() dto: CreateCryptoPaymentDto) {
    return this.billing.createCryptoPayment(dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One crypto payment' })
  @ApiOkResponse({ type: CryptoPaymentDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', uuid) id: string) {
    return this.billing.cryptoPayment(id);
  }
}

@ApiTags('payments')
@Controller('api/refunds')
export class RefundsController {
  constructor(private readonly billing: BillingService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "Own refunds; an admin sees the organization's" })
  @ApiOkResponse({ type: RefundPageDto })
  list(@Query() q: PageQueryDto) {
    return this.billing.refunds(q);
  }

  @Post()
  @Authenticated({ roles: ['admin'] })
  @Idempotent()
  @ApiOperation({ summary: 'Admin: refund (part of) a payment; the total refunded never exceeds it' })
  @ApiCreatedResponse({ type: RefundDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ description: 'Refunds would exceed the payment', type: ProblemDto })
  create(@Body() dto: CreateRefundDto) {
    return this.billing.createRefund(dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One refund' })
  @ApiOkResponse({ type: RefundDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', uuid) id: string) {
    return this.billing.refund(id);
  }
}

@ApiTags('billing')
@Controller('api/billing')
export class BillingCustomerController {
  constructor(private readonly billing: BillingService) {}

  @Get('customer')
  @Authenticated({ apiKeys: false })
  @ApiOperation({ summary: 'Own Stripe customer link, subscription status and plan' })
  @ApiOkResponse({ type: BillingCustomerDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  customer() {
    return this.billing.billingCustomer();
  }
}

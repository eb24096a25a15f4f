import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
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
import { CreatePaymentDto, PaymentDto, PaymentPageDto } from './dto/payments.dto';
import { PaymentsService } from './payments.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('payments')
@Controller('api/payments')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "Own payments; an admin sees the organization's" })
  @ApiOkResponse({ type: PaymentPageDto })
  list(@Query() q: PageQueryDto) {
    return this.payments.list(q);
  }

  @Post()
  @Authenticated({ roles: ['admin'] })
  @Idempotent()
  @ApiOperation({ summary: 'Admin: record a fiat payment against an open invoice (never more than is due)' })
  @ApiCreatedResponse({ type: PaymentDto })
  @ApiNotFoundResponse({ description: 'No such invoice or payer', type: ProblemDto })
  @ApiConflictResponse({
    description: 'The invoice is not open, or the payment exceeds what is due',
    type: ProblemDto,
  })
  create(@Body() dto: CreatePaymentDto) {
    return this.payments.create(dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One payment' })
  @ApiOkResponse({ type: PaymentDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', uuid) id: string) {
    return this.payments.get(id);
  }
}

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
import { CreateCryptoPaymentDto, CryptoPaymentDto, CryptoPaymentPageDto } from './dto/crypto-payments.dto';
import { CryptoPaymentsService } from './crypto-payments.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('payments')
@Controller('api/crypto-payments')
export class CryptoPaymentsController {
  constructor(private readonly cryptoPayments: CryptoPaymentsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "Own crypto payments; an admin sees the organization's" })
  @ApiOkResponse({ type: CryptoPaymentPageDto })
  list(@Query() q: PageQueryDto) {
    return this.cryptoPayments.list(q);
  }

  @Post()
  @Authenticated({ roles: ['admin'] })
  @Idempotent()
  @ApiOperation({
    summary: 'Admin: record a crypto payment (exact decimal string), optionally settling an invoice',
  })
  @ApiCreatedResponse({ type: CryptoPaymentDto })
  @ApiConflictResponse({ description: 'Already recorded, or exceeds what is due', type: ProblemDto })
  @ApiNotFoundResponse({
    description: 'The invoice does not exist or is not visible to you',
    type: ProblemDto,
  })
  create(@Body() dto: CreateCryptoPaymentDto) {
    return this.cryptoPayments.create(dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One crypto payment' })
  @ApiOkResponse({ type: CryptoPaymentDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', uuid) id: string) {
    return this.cryptoPayments.get(id);
  }
}

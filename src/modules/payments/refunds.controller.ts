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
import { CreateRefundDto, RefundDto, RefundPageDto } from './dto/refunds.dto';
import { RefundsService } from './refunds.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('payments')
@Controller('api/refunds')
export class RefundsController {
  constructor(private readonly refunds: RefundsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "Own refunds; an admin sees the organization's" })
  @ApiOkResponse({ type: RefundPageDto })
  list(@Query() q: PageQueryDto) {
    return this.refunds.list(q);
  }

  @Post()
  @Authenticated({ roles: ['admin'] })
  @Idempotent()
  @ApiOperation({ summary: 'Admin: refund (part of) a payment; the total refunded never exceeds it' })
  @ApiCreatedResponse({ type: RefundDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ description: 'Refunds would exceed the payment', type: ProblemDto })
  create(@Body() dto: CreateRefundDto) {
    return this.refunds.create(dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One refund' })
  @ApiOkResponse({ type: RefundDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', uuid) id: string) {
    return this.refunds.get(id);
  }
}

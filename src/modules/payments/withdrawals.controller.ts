import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
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
import {
  CompleteWithdrawalDto,
  CreateWithdrawalDto,
  WithdrawalDto,
  WithdrawalPageDto,
  WithdrawalQueryDto,
} from './dto/withdrawals.dto';
import { WithdrawalsService } from './withdrawals.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('crypto-withdrawals')
@Controller('api/crypto-withdrawals')
export class WithdrawalsController {
  constructor(private readonly withdrawals: WithdrawalsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "Own withdrawals, newest first (an admin sees the organization's)" })
  @ApiOkResponse({ type: WithdrawalPageDto })
  list(@Query() q: WithdrawalQueryDto) {
    return this.withdrawals.list(q);
  }

  @Post()
  @Authenticated({ apiKeys: false })
  @Idempotent()
  @ApiOperation({ summary: 'Request a withdrawal from an own crypto wallet (PENDING; the amount is held)' })
  @ApiCreatedResponse({ type: WithdrawalDto })
  @ApiNotFoundResponse({ description: 'No such own wallet', type: ProblemDto })
  @ApiConflictResponse({ description: 'The available balance is insufficient', type: ProblemDto })
  request(@Body() dto: CreateWithdrawalDto) {
    return this.withdrawals.request(dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One withdrawal' })
  @ApiOkResponse({ type: WithdrawalDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', uuid) id: string) {
    return this.withdrawals.get(id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Authenticated({ roles: ['admin'], apiKeys: false })
  @Idempotent()
  @ApiOperation({ summary: 'Admin: approve a PENDING withdrawal' })
  @ApiOkResponse({ type: WithdrawalDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ description: 'Not PENDING', type: ProblemDto })
  approve(@Param('id', uuid) id: string) {
    return this.withdrawals.transition(id, 'APPROVED');
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Authenticated({ roles: ['admin'], apiKeys: false })
  @Idempotent()
  @ApiOperation({ summary: 'Admin: reject a PENDING or APPROVED withdrawal (its hold is released)' })
  @ApiOkResponse({ type: WithdrawalDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ description: 'Already REJECTED or COMPLETED', type: ProblemDto })
  reject(@Param('id', uuid) id: string) {
    return this.withdrawals.transition(id, 'REJECTED');
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Authenticated({ roles: ['admin'], apiKeys: false })
  @Idempotent()
  @ApiOperation({
    summary: 'Admin: settle an APPROVED withdrawal (the wallet is debited through the ledger)',
  })
  @ApiOkResponse({ type: WithdrawalDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ description: 'Not APPROVED', type: ProblemDto })
  complete(@Param('id', uuid) id: string, @Body() dto: CompleteWithdrawalDto) {
    return this.withdrawals.transition(id, 'COMPLETED', dto.txHash);
  }
}

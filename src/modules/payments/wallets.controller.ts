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
import { PageQueryDto } from '../../common/pagination';
import {
  CreateWalletDto,
  CreditResultDto,
  CreditWalletDto,
  LedgerEntryPageDto,
  WalletDto,
  WalletListDto,
} from './dto/wallets.dto';
import { WalletsService } from './wallets.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('wallets')
@Controller('api/wallets')
export class WalletsController {
  constructor(private readonly wallets: WalletsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Own wallets with balance, held and available amounts (strings)' })
  @ApiOkResponse({ type: WalletListDto })
  list() {
    return this.wallets.list();
  }

  @Post()
  @Authenticated({ apiKeys: false })
  @ApiOperation({ summary: 'Open a wallet in one currency (one per currency)' })
  @ApiCreatedResponse({ type: WalletDto })
  @ApiConflictResponse({ description: 'A wallet in this currency exists', type: ProblemDto })
  open(@Body() dto: CreateWalletDto) {
    return this.wallets.open(dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One own wallet' })
  @ApiOkResponse({ type: WalletDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', uuid) id: string) {
    return this.wallets.get(id);
  }

  @Get(':id/transactions')
  @Authenticated()
  @ApiOperation({ summary: "The wallet's ledger entries, newest first" })
  @ApiOkResponse({ type: LedgerEntryPageDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  entries(@Param('id', uuid) id: string, @Query() q: PageQueryDto) {
    return this.wallets.entries(id, q.limit, q.cursor);
  }

  @Post(':id/credit')
  @HttpCode(200)
  // The one route that creates money: a person decides, never a machine key (as for withdrawal approvals).
  @Authenticated({ roles: ['admin'], apiKeys: false })
  @Idempotent()
  @ApiOperation({
    summary: "Admin: credit a member's wallet from the organization's external account (deposits, ops)",
  })
  @ApiOkResponse({ type: CreditResultDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  credit(@Param('id', uuid) id: string, @Body() dto: CreditWalletDto) {
    return this.wallets.credit(id, dto);
  }
}

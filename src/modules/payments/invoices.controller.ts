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
import { PageQueryDto } from '../../common/pagination';
import { CreateInvoiceDto, InvoiceDto, InvoicePageDto, UpdateInvoiceDto } from './dto/invoices.dto';
import { InvoicesService } from './invoices.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('invoices')
@Controller('api/invoices')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "Invoices: those your payments settle; an admin sees the organization's" })
  @ApiOkResponse({ type: InvoicePageDto })
  list(@Query() q: PageQueryDto) {
    return this.invoices.list(q);
  }

  @Post()
  @Authenticated({ roles: ['admin'] })
  @ApiOperation({ summary: 'Admin: issue an invoice (amount in minor units, as a string)' })
  @ApiCreatedResponse({ type: InvoiceDto })
  @ApiConflictResponse({ description: 'The number is taken', type: ProblemDto })
  create(@Body() dto: CreateInvoiceDto) {
    return this.invoices.create(dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One invoice' })
  @ApiOkResponse({ type: InvoiceDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', uuid) id: string) {
    return this.invoices.get(id);
  }

  @Patch(':id')
  @Authenticated({ roles: ['admin'] })
  @ApiOperation({ summary: 'Admin: change description or due date, or void an unpaid invoice' })
  @ApiOkResponse({ type: InvoiceDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  update(@Param('id', uuid) id: string, @Body() dto: UpdateInvoiceDto) {
    return this.invoices.update(id, dto);
  }
}

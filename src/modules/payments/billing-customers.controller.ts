import { Controller, Get } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/decorators/access.decorator';
import { ProblemDto } from '../../common/dto/problem.dto';
import { BillingCustomerDto } from './dto/billing-customers.dto';
import { BillingCustomersService } from './billing-customers.service';

@ApiTags('billing')
@Controller('api/billing')
export class BillingCustomerController {
  constructor(private readonly customers: BillingCustomersService) {}

  @Get('customer')
  @Authenticated({ apiKeys: false })
  @ApiOperation({ summary: 'Own Stripe customer link, subscription status and plan' })
  @ApiOkResponse({ type: BillingCustomerDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  customer() {
    return this.customers.own();
  }
}

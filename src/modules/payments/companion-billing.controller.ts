// Companion-app billing: the pro plan's Stripe Checkout Session and the customer portal, for the signed-in
// member. No request transaction: the service reads the caller's rows in a short one, then calls Stripe.
import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated } from '../../common/decorators/access.decorator';
import { ProblemDto } from '../../common/dto/problem.dto';
import type { CarebaseRequest } from '../../common/guards/access.guard';
import { requestClaims } from '../../common/http/request-transaction';
import { CompanionBillingService } from './companion-billing.service';
import {
  CreateCheckoutSessionDto,
  CreatePortalSessionDto,
  StripeSessionDto,
} from './dto/companion-billing.dto';

const Member = () => Authenticated({ apiKeys: false, transaction: false });

@ApiTags('billing')
@Controller('api/stripe')
export class CompanionBillingController {
  constructor(private readonly billing: CompanionBillingService) {}

  @Post('checkout-session')
  @HttpCode(200)
  @Member()
  @ApiOperation({ summary: 'A Stripe Checkout Session for the pro plan (send the user to its url)' })
  @ApiOkResponse({ type: StripeSessionDto })
  @ApiServiceUnavailableResponse({ description: 'Stripe billing is not configured', type: ProblemDto })
  checkoutSession(
    @Req() req: CarebaseRequest,
    @Body() dto: CreateCheckoutSessionDto,
  ): Promise<StripeSessionDto> {
    return this.billing.checkoutSession(requestClaims(req), dto);
  }

  @Post('portal-session')
  @HttpCode(200)
  @Member()
  @ApiOperation({ summary: "A link to Stripe's customer portal for the caller's subscription" })
  @ApiOkResponse({ type: StripeSessionDto })
  @ApiNotFoundResponse({ description: 'The caller has no Stripe customer yet', type: ProblemDto })
  @ApiServiceUnavailableResponse({ description: 'Stripe billing is not configured', type: ProblemDto })
  portalSession(@Req() req: CarebaseRequest, @Body() dto: CreatePortalSessionDto): Promise<StripeSessionDto> {
    return this.billing.portalSession(requestClaims(req), dto);
  }
}

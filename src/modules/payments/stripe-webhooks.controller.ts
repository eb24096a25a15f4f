import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/decorators/access.decorator';
import { ProblemDto } from '../../common/dto/problem.dto';
import { WebhookAckDto } from './dto/stripe-webhooks.dto';
import type { RawBodyRequest } from './stripe-raw-body';
import { StripeWebhooksService } from './stripe-webhooks.service';

@ApiTags('webhooks')
@Controller('api/webhooks')
export class StripeWebhooksController {
  constructor(private readonly webhooks: StripeWebhooksService) {}

  @Post('stripe')
  @HttpCode(200)
  @Public({ asService: 'webhook.stripe' })
  @ApiOperation({
    summary: 'Stripe billing events (signed). Duplicates are acknowledged without effect.',
    description:
      'Called by Stripe only. The body must be the exact bytes Stripe signed (header Stripe-Signature).',
  })
  @ApiOkResponse({ type: WebhookAckDto })
  @ApiServiceUnavailableResponse({ description: 'STRIPE_WEBHOOK_SECRET is not configured', type: ProblemDto })
  async stripe(
    @Req() req: RawBodyRequest,
    @Headers('stripe-signature') signature?: string,
  ): Promise<WebhookAckDto> {
    const event = this.webhooks.verify(req.rawBody, signature);
    return { received: true, outcome: await this.webhooks.handle(event) };
  }
}

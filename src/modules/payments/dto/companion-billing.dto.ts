import { ApiProperty } from '@nestjs/swagger';
import { IsUrl, MaxLength } from 'class-validator';

const URL_OPTS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

export class CreateCheckoutSessionDto {
  @ApiProperty({
    example: 'https://app.example.com/billing/done',
    description: 'Where Stripe sends the user after paying',
  })
  @IsUrl(URL_OPTS)
  @MaxLength(2000)
  successUrl!: string;
  @ApiProperty({
    example: 'https://app.example.com/billing',
    description: 'Where Stripe sends the user on cancel',
  })
  @IsUrl(URL_OPTS)
  @MaxLength(2000)
  cancelUrl!: string;
}

export class CreatePortalSessionDto {
  @ApiProperty({
    example: 'https://app.example.com/settings',
    description: 'Where the portal sends the user back',
  })
  @IsUrl(URL_OPTS)
  @MaxLength(2000)
  returnUrl!: string;
}

export class StripeSessionDto {
  @ApiProperty({ example: 'cs_test_a1b2c3' }) id!: string;
  @ApiProperty({
    example: 'https://checkout.stripe.com/c/pay/cs_test_a1b2c3',
    description: 'Send the user there',
  })
  url!: string;
}

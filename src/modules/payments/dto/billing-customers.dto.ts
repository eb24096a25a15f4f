import { ApiProperty } from '@nestjs/swagger';

export class BillingCustomerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'cus_Nffrf3k2' }) stripeCustomerId!: string;
  @ApiProperty({ type: String, nullable: true }) stripeSubscriptionId!: string | null;
  @ApiProperty({ type: String, nullable: true }) subscriptionStatus!: string | null;
  @ApiProperty({ enum: ['free', 'pro'] }) plan!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) currentPeriodEnd!: Date | null;
  @ApiProperty() updatedAt!: Date;
}

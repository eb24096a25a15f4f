import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
} from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../common/pagination';
import { ISO_4217, MINOR_UNITS, MINOR_UNITS_MESSAGE } from '../commerce.decorators';
import {
  ORDER_STATUSES,
  PAYMENT_PATHS,
  STRIPE_REFUND_STATUSES,
  type OrderStatus,
  type PaymentPath,
  STRIPE_REFUND_REASONS,
  type StripeRefundReason,
  type StripeRefundStatus,
} from '../entities/order.entity';

export class OrderItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty({ description: 'The name at the moment of sale' }) productName!: string;
  @ApiProperty() sku!: string;
  @ApiProperty() quantity!: number;
  @ApiProperty({ example: '1500', description: 'Minor units, at the moment of sale' }) pricePerUnit!: string;
  @ApiProperty() currency!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The batch or lot sold' }) batchLotInfo!:
    string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) prescriptionId!: string | null;
}

export class StripeRefundDto {
  @ApiProperty({
    enum: STRIPE_REFUND_STATUSES,
    description:
      'pending: not yet sent to Stripe; submitted: Stripe accepted it, not final yet; succeeded; failed (retry with POST /api/orders/{id}/stripe-refund)',
  })
  status!: StripeRefundStatus;
  @ApiProperty({ type: String, nullable: true, description: "Stripe's refund id (re_...)" }) refundId!:
    string | null;
  @ApiProperty({ type: String, nullable: true, description: "Stripe's message when it failed" }) error!:
    string | null;
  @ApiProperty({ description: 'Attempts made so far' }) attempts!: number;
  @ApiProperty({
    enum: STRIPE_REFUND_REASONS,
    description:
      'Why the money goes back: the order was cancelled or refunded after it was paid, or late_payment (Stripe took the payment after the order had been cancelled)',
  })
  reason!: StripeRefundReason;
}

export class OrderDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: "The patient's login (user id)" }) patientId!: string;
  @ApiProperty() orderDate!: Date;
  @ApiProperty({ enum: ORDER_STATUSES }) status!: OrderStatus;
  @ApiProperty({ example: '4500', description: 'Minor units' }) totalAmount!: string;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ enum: PAYMENT_PATHS }) paymentMethod!: PaymentPath;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) paymentId!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Stripe: the stock is held until then',
  })
  holdExpiresAt!: Date | null;
  @ApiProperty({ type: Object, nullable: true }) shippingAddress!: Record<string, unknown> | null;
  @ApiProperty({ type: Object, nullable: true }) billingAddress!: Record<string, unknown> | null;
  @ApiPropertyOptional({
    type: StripeRefundDto,
    description:
      'Stripe path, once a paid order is cancelled or refunded: the refund at Stripe (absent otherwise)',
  })
  stripeRefund?: StripeRefundDto;
  @ApiProperty({ type: [OrderItemDto] }) items!: OrderItemDto[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class OrderPageDto extends PageMetaDto {
  @ApiProperty({ type: [OrderDto] }) items!: OrderDto[];
}

export class OrderQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ORDER_STATUSES }) @IsOptional() @IsIn(ORDER_STATUSES) status?: OrderStatus;
}

export class CheckoutDto {
  @ApiProperty({
    enum: PAYMENT_PATHS,
    description: "wallet: paid now from the patient's wallet; stripe: pending",
  })
  @IsIn(PAYMENT_PATHS)
  paymentMethod!: PaymentPath;
  @ApiPropertyOptional({
    example: 'EUR',
    description: 'The currency the client expects (422 when the order is in another)',
  })
  @IsOptional()
  @IsString()
  @Matches(ISO_4217)
  currency?: string;
  @ApiPropertyOptional({
    example: '4500',
    description: 'The total the client showed, minor units; another total answers 409 with the current one',
  })
  @IsOptional()
  @IsString()
  @Matches(MINOR_UNITS, MINOR_UNITS_MESSAGE)
  expectedTotal?: string;
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Prescriptions presented for prescription-required products (at most 100)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('4', { each: true })
  prescriptionIds?: string[];
  @ApiPropertyOptional({ type: Object }) @IsOptional() @IsObject() shippingAddress?: Record<string, unknown>;
  @ApiPropertyOptional({ type: Object }) @IsOptional() @IsObject() billingAddress?: Record<string, unknown>;
}

export class UpdateOrderStatusDto {
  @ApiProperty({
    enum: ORDER_STATUSES,
    description:
      'paid -> fulfilled -> shipped -> delivered; cancelled (pending, paid, fulfilled) and refunded (paid onwards) return the stock and the money',
  })
  @IsIn(ORDER_STATUSES)
  status!: OrderStatus;
}

export class PaymentIntentDto {
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ example: 'pi_3P...' }) paymentIntentId!: string;
  @ApiProperty({ description: "For Stripe.js (confirmPayment): the PaymentIntent's client secret" })
  clientSecret!: string;
  @ApiProperty({ example: '4500', description: 'Minor units' }) amount!: string;
  @ApiProperty({ example: 'EUR' }) currency!: string;
}

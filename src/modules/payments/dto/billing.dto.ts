import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { CRYPTO_AMOUNT, CRYPTO_SYMBOL, ISO_4217, MINOR_UNITS } from './money';

const minor = { message: 'must be a positive integer of minor units, as a string' };

export class CreateInvoiceDto {
  @ApiProperty({ example: 'INV-2024-0001' }) @IsString() @Length(1, 64) number!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 1000) description?: string;
  @ApiProperty({ example: '12500', description: 'Minor units, as a string' }) @IsString() @Matches(MINOR_UNITS, minor) amountDueMinor!: string;
  @ApiProperty({ example: 'USD' }) @IsString() @Matches(ISO_4217, { message: 'currency must be an ISO 4217 code' }) currency!: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() dueAt?: Date;
}

export class UpdateInvoiceDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 1000) description?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() dueAt?: Date;
  @ApiPropertyOptional({ enum: ['void'], description: 'Void an unpaid invoice' }) @IsOptional() @IsIn(['void']) status?: 'void';
}

export class InvoiceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ example: '12500' }) amountDueMinor!: string;
  @ApiProperty({ example: '0' }) amountPaidMinor!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ enum: ['open', 'paid', 'void'] }) status!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class InvoicePageDto extends PageMetaDto {
  @ApiProperty({ type: [InvoiceDto] }) items!: InvoiceDto[];
}

export class CreatePaymentDto {
  @ApiProperty({ format: 'uuid', description: 'The payer, a member of the organization' }) @IsUUID('4') userId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('4') invoiceId!: string;
  @ApiProperty({ example: '12500' }) @IsString() @Matches(MINOR_UNITS, minor) amountMinor!: string;
  @ApiProperty({ example: 'USD' }) @IsString() @Matches(ISO_4217, { message: 'currency must be an ISO 4217 code' }) currency!: string;
  @ApiPropertyOptional({ enum: ['card', 'bank_transfer', 'cash', 'other'], default: 'card' })
  @IsOptional()
  @IsIn(['card', 'bank_transfer', 'cash', 'other'])
  method?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) externalReference?: string;
}

export class PaymentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ format: 'uuid' }) invoiceId!: string;
  @ApiProperty({ example: '12500' }) amountMinor!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ example: '0' }) refundedMinor!: string;
  @ApiProperty({ enum: ['succeeded', 'partially_refunded', 'refunded'] }) status!: string;
  @ApiProperty() method!: string;
  @ApiProperty({ type: String, nullable: true }) externalReference!: string | null;
  @ApiProperty() createdAt!: Date;
}

export class PaymentPageDto extends PageMetaDto {
  @ApiProperty({ type: [PaymentDto] }) items!: PaymentDto[];
}

export class CreateCryptoPaymentDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('4') userId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('4') invoiceId?: string;
  @ApiProperty({ example: '0.0015' }) @IsString() @Matches(CRYPTO_AMOUNT, { message: 'amount must be a decimal string' }) amount!: string;
  @ApiProperty({ example: 'BTC' }) @IsString() @Matches(CRYPTO_SYMBOL, { message: 'currency must be an asset symbol' }) currency!: string;
  @ApiPropertyOptional({ example: 'bitcoin' }) @IsOptional() @IsString() @Length(1, 50) network?: string;
  @ApiProperty() @IsString() @Length(1, 200) txHash!: string;
  @ApiPropertyOptional({ example: '10000', description: "With invoiceId: the value credited to the invoice, in its currency's minor units" })
  @IsOptional()
  @IsString()
  @Matches(MINOR_UNITS, minor)
  creditedMinor?: string;
}

export class CryptoPaymentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) invoiceId!: string | null;
  @ApiProperty({ example: '0.0015' }) amount!: string;
  @ApiProperty() currency!: string;
  @ApiProperty({ type: String, nullable: true }) network!: string | null;
  @ApiProperty() txHash!: string;
  @ApiProperty({ type: String, nullable: true }) creditedMinor!: string | null;
  @ApiProperty() status!: string;
  @ApiProperty() createdAt!: Date;
}

export class CryptoPaymentPageDto extends PageMetaDto {
  @ApiProperty({ type: [CryptoPaymentDto] }) items!: CryptoPaymentDto[];
}

export class CreateRefundDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('4') paymentId!: string;
  @ApiProperty({ example: '500' }) @IsString() @Matches(MINOR_UNITS, minor) amountMinor!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 500) reason?: string;
}

export class RefundDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) paymentId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: '500' }) amountMinor!: string;
  @ApiProperty() currency!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty() createdAt!: Date;
}

export class RefundPageDto extends PageMetaDto {
  @ApiProperty({ type: [RefundDto] }) items!: RefundDto[];
}

export class BillingCustomerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'cus_Nffrf3k2' }) stripeCustomerId!: string;
  @ApiProperty({ type: String, nullable: true }) stripeSubscriptionId!: string | null;
  @ApiProperty({ type: String, nullable: true }) subscriptionStatus!: string | null;
  @ApiProperty({ enum: ['free', 'pro'] }) plan!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) currentPeriodEnd!: Date | null;
  @ApiProperty() updatedAt!: Date;
}

export class WebhookAckDto {
  @ApiProperty() received!: boolean;
  @ApiProperty({ enum: ['processed', 'duplicate', 'ignored'] }) outcome!: string;
}

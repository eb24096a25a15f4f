import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { ISO_4217, MINOR_UNITS, MINOR_UNITS_MESSAGE } from './money';

export class CreatePaymentDto {
  @ApiProperty({ format: 'uuid', description: 'The payer, a member of the organization' })
  @IsUUID('4')
  userId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('4') invoiceId!: string;
  @ApiProperty({ example: '12500' })
  @IsString()
  @Matches(MINOR_UNITS, MINOR_UNITS_MESSAGE)
  amountMinor!: string;
  @ApiProperty({ example: 'USD' })
  @IsString()
  @Matches(ISO_4217, { message: 'currency must be an ISO 4217 code' })
  currency!: string;
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

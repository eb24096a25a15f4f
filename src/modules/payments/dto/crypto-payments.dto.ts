import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { CRYPTO_AMOUNT, CRYPTO_SYMBOL, MINOR_UNITS, MINOR_UNITS_MESSAGE } from './money';

export class CreateCryptoPaymentDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('4') userId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('4') invoiceId?: string;
  @ApiProperty({ example: '0.0015' })
  @IsString()
  @Matches(CRYPTO_AMOUNT, { message: 'amount must be a decimal string' })
  amount!: string;
  @ApiProperty({ example: 'BTC' })
  @IsString()
  @Matches(CRYPTO_SYMBOL, { message: 'currency must be an asset symbol' })
  currency!: string;
  @ApiPropertyOptional({ example: 'bitcoin' }) @IsOptional() @IsString() @Length(1, 50) network?: string;
  @ApiProperty() @IsString() @Length(1, 200) txHash!: string;
  @ApiPropertyOptional({
    example: '10000',
    description: "With invoiceId: the value credited to the invoice, in its currency's minor units",
  })
  @IsOptional()
  @IsString()
  @Matches(MINOR_UNITS, MINOR_UNITS_MESSAGE)
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

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { CRYPTO_SYMBOL, WALLET_AMOUNT } from './money';

export class CreateWalletDto {
  @ApiProperty({ enum: ['fiat', 'crypto'] }) @IsIn(['fiat', 'crypto']) kind!: 'fiat' | 'crypto';
  @ApiProperty({ example: 'USDC', description: 'ISO 4217 for fiat (USD), an asset symbol for crypto (USDC)' })
  @IsString()
  @Matches(CRYPTO_SYMBOL, { message: 'currency must be 2-10 upper-case letters or digits' })
  currency!: string;
}

export class CreditWalletDto {
  @ApiProperty({
    example: '1000',
    description: 'Minor units for a fiat wallet; up to 8 decimals for crypto. A string.',
  })
  @IsString()
  @Matches(WALLET_AMOUNT, { message: 'amount must be a decimal string' })
  amount!: string;
  @ApiPropertyOptional({ example: 'deposit 2024-05-01' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reference?: string;
}

export class WalletDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['fiat', 'crypto'] }) kind!: string;
  @ApiProperty({ example: 'USDC' }) currency!: string;
  @ApiProperty({
    example: '100.5',
    description: 'Sum of the ledger entries (minor units for fiat), as a string',
  })
  balance!: string;
  @ApiProperty({ example: '10', description: 'Held by pending or approved withdrawals' }) held!: string;
  @ApiProperty({ example: '90.5', description: 'balance - held' }) available!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class WalletListDto {
  @ApiProperty({ type: [WalletDto] }) items!: WalletDto[];
}

export class LedgerEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    format: 'uuid',
    description: 'The transfer this entry belongs to (its other leg is on another wallet)',
  })
  transferId!: string;
  @ApiProperty({ enum: ['credit', 'transfer', 'withdrawal'] }) kind!: string;
  @ApiProperty({ example: '-5', description: 'Signed amount, as a string' }) amount!: string;
  @ApiProperty() currency!: string;
  @ApiProperty({ example: '95' }) balanceAfter!: string;
  @ApiProperty({ type: String, nullable: true }) reference!: string | null;
  @ApiProperty() createdAt!: Date;
}

export class LedgerEntryPageDto extends PageMetaDto {
  @ApiProperty({ type: [LedgerEntryDto] }) items!: LedgerEntryDto[];
}

export class CreditResultDto {
  @ApiProperty({ format: 'uuid' }) transferId!: string;
  @ApiProperty({ format: 'uuid' }) walletId!: string;
  @ApiProperty() amount!: string;
  @ApiProperty() balance!: string;
  @ApiProperty() held!: string;
  @ApiProperty() available!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../common/pagination';
import { WITHDRAWAL_STATUSES, type WithdrawalStatus } from '../entities/crypto-withdrawal.entity';
import { CRYPTO_AMOUNT } from './money';

export class CreateWithdrawalDto {
  @ApiProperty({ format: 'uuid', description: 'One of your crypto wallets' }) @IsUUID('4') walletId!: string;
  @ApiProperty({ example: '0.25', description: 'Up to 8 decimals, as a string' })
  @IsString()
  @Matches(CRYPTO_AMOUNT, {
    message: 'amount must be a decimal string with at most 10 integer digits and 8 decimals',
  })
  amount!: string;
  @ApiProperty({ example: '0x52908400098527886E0F7030069857D2E4169EE7' })
  @IsString()
  @Length(1, 200)
  destinationAddress!: string;
  @ApiPropertyOptional({ example: 'ethereum' }) @IsOptional() @IsString() @Length(1, 50) network?: string;
}

export class CompleteWithdrawalDto {
  @ApiPropertyOptional({ description: 'The on-chain transaction hash' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  txHash?: string;
}

export class WithdrawalQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: WITHDRAWAL_STATUSES })
  @IsOptional()
  @IsIn(WITHDRAWAL_STATUSES)
  status?: WithdrawalStatus;
}

export class WithdrawalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ format: 'uuid' }) walletId!: string;
  @ApiProperty({ example: '0.25' }) amount!: string;
  @ApiProperty({ example: 'USDC' }) currency!: string;
  @ApiProperty() destinationAddress!: string;
  @ApiProperty({ type: String, nullable: true }) network!: string | null;
  @ApiProperty({ enum: WITHDRAWAL_STATUSES, enumName: 'WithdrawalStatus' }) status!: WithdrawalStatus;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) reviewedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) txHash!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'The ledger transfer that settled it',
  })
  transferId!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class WithdrawalPageDto extends PageMetaDto {
  @ApiProperty({ type: [WithdrawalDto] }) items!: WithdrawalDto[];
}

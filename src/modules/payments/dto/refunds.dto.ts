import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { MINOR_UNITS, MINOR_UNITS_MESSAGE } from './money';

export class CreateRefundDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('4') paymentId!: string;
  @ApiProperty({ example: '500' })
  @IsString()
  @Matches(MINOR_UNITS, MINOR_UNITS_MESSAGE)
  amountMinor!: string;
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

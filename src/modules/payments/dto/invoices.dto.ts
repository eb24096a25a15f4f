import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { ISO_4217, MINOR_UNITS, MINOR_UNITS_MESSAGE } from './money';

export class CreateInvoiceDto {
  @ApiProperty({ example: 'INV-2024-0001' }) @IsString() @Length(1, 64) number!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 1000) description?: string;
  @ApiProperty({ example: '12500', description: 'Minor units, as a string' })
  @IsString()
  @Matches(MINOR_UNITS, MINOR_UNITS_MESSAGE)
  amountDueMinor!: string;
  @ApiProperty({ example: 'USD' })
  @IsString()
  @Matches(ISO_4217, { message: 'currency must be an ISO 4217 code' })
  currency!: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() dueAt?: Date;
}

export class UpdateInvoiceDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 1000) description?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() dueAt?: Date;
  @ApiPropertyOptional({ enum: ['void'], description: 'Void an unpaid invoice' })
  @IsOptional()
  @IsIn(['void'])
  status?: 'void';
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

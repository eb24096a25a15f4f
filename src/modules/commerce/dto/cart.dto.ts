import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { MAX_LINE_QUANTITY } from '../commerce.decorators';

export class CartItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty() productName!: string;
  @ApiProperty() sku!: string;
  @ApiProperty({ minimum: 1, maximum: MAX_LINE_QUANTITY }) quantity!: number;
  @ApiProperty({ example: '1500', description: 'The current unit price, minor units' }) price!: string;
  @ApiProperty() currency!: string;
  @ApiProperty() isPrescriptionRequired!: boolean;
  @ApiProperty({ description: 'false once the product is archived: checkout refuses the cart then' })
  available!: boolean;
  @ApiProperty() addedAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class CartTotalDto {
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ example: '4500', description: 'Minor units' }) amount!: string;
}

export class CartDto {
  @ApiProperty({ type: [CartItemDto] }) items!: CartItemDto[];
  @ApiProperty({
    type: [CartTotalDto],
    description: 'The total per currency at current prices (send it as expectedTotal at checkout)',
  })
  totals!: CartTotalDto[];
}

export class AddCartItemDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('4') productId!: string;
  @ApiProperty({ minimum: 1, maximum: MAX_LINE_QUANTITY })
  @IsInt()
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  quantity!: number;
}

export class UpdateCartItemDto {
  @ApiProperty({ minimum: 1, maximum: MAX_LINE_QUANTITY })
  @IsInt()
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  quantity!: number;
}

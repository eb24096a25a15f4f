// The patient's own cart.
import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CartService } from './cart.service';
import { ConflictDoc, IdParam, NotFoundDoc, Patients, UnprocessableDoc } from './commerce.decorators';
import { AddCartItemDto, CartDto, CartItemDto, UpdateCartItemDto } from './dto/cart.dto';

@ApiTags('commerce')
@Controller('api/cart')
export class CartController {
  constructor(private readonly cart: CartService) {}

  @Get()
  @Patients()
  @ApiOperation({ summary: 'Own cart: its lines and the total per currency at current prices' })
  @ApiOkResponse({ type: CartDto })
  get(): Promise<CartDto> {
    return this.cart.get();
  }

  @Post('items')
  @Patients()
  @ApiOperation({ summary: 'Add an active product of the organization to own cart (quantity 1 to 100)' })
  @ApiCreatedResponse({ type: CartItemDto })
  @NotFoundDoc('No such product in the organization')
  @ConflictDoc('The product is already in the cart')
  @UnprocessableDoc('The product is archived')
  add(@Body() dto: AddCartItemDto): Promise<CartItemDto> {
    return this.cart.add(dto);
  }

  @Patch('items/:id')
  @Patients()
  @ApiOperation({ summary: 'Change the quantity of a line of own cart (1 to 100)' })
  @ApiOkResponse({ type: CartItemDto })
  @NotFoundDoc()
  @UnprocessableDoc('The product is archived')
  update(@IdParam() id: string, @Body() dto: UpdateCartItemDto): Promise<CartItemDto> {
    return this.cart.update(id, dto);
  }

  @Delete('items/:id')
  @HttpCode(204)
  @Patients()
  @ApiOperation({ summary: 'Remove a line from own cart' })
  @ApiNoContentResponse({ description: 'Removed' })
  @NotFoundDoc()
  remove(@IdParam() id: string): Promise<void> {
    return this.cart.remove(id);
  }
}

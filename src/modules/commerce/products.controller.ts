// The shop's catalog: public read (anonymous included), admins of the selling organization write.
import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/decorators/access.decorator';
import { Admins, ConflictDoc, IdParam, NotFoundDoc } from './commerce.decorators';
import {
  CreateProductDto,
  ProductDto,
  ProductPageDto,
  ProductQueryDto,
  ProductRemovalDto,
  RecallPageDto,
  RecallQueryDto,
  UpdateProductDto,
} from './dto/product.dto';
import { ProductsService } from './products.service';

@ApiTags('commerce')
@Controller('api/products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: "An organization's products (active by default), newest first" })
  @ApiOkResponse({ type: ProductPageDto })
  list(@Query() q: ProductQueryDto): Promise<ProductPageDto> {
    return this.products.list(q);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One product (archived ones too)' })
  @ApiOkResponse({ type: ProductDto })
  @NotFoundDoc()
  get(@IdParam() id: string): Promise<ProductDto> {
    return this.products.get(id);
  }

  @Post()
  @Admins()
  @ApiOperation({ summary: 'Admin: add a product (SKU unique in the organization)' })
  @ApiCreatedResponse({ type: ProductDto })
  @ConflictDoc('The SKU is taken in this organization, or the treatment does not exist')
  create(@Body() dto: CreateProductDto): Promise<ProductDto> {
    return this.products.create(dto);
  }

  @Patch(':id')
  @Admins()
  @ApiOperation({ summary: 'Admin: change a product (price, stock, lot, status...)' })
  @ApiOkResponse({ type: ProductDto })
  @NotFoundDoc()
  @ConflictDoc('The SKU is taken in this organization')
  update(@IdParam() id: string, @Body() dto: UpdateProductDto): Promise<ProductDto> {
    return this.products.update(id, dto);
  }

  @Delete(':id')
  @Admins()
  @ApiOperation({
    summary: 'Admin: delete a product never ordered; one that was ordered is archived instead',
  })
  @ApiOkResponse({ type: ProductRemovalDto })
  @NotFoundDoc()
  remove(@IdParam() id: string): Promise<ProductRemovalDto> {
    return this.products.remove(id);
  }

  @Get(':id/recall')
  @Admins()
  @ApiOperation({ summary: 'Admin: every order and patient that received a lot of the product (recall)' })
  @ApiOkResponse({ type: RecallPageDto })
  @NotFoundDoc()
  recall(@IdParam() id: string, @Query() q: RecallQueryDto): Promise<RecallPageDto> {
    return this.products.recall(id, q);
  }
}

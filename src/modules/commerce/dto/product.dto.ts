import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../common/pagination';
import { ISO_4217, MINOR_UNITS, MINOR_UNITS_MESSAGE } from '../commerce.decorators';
import { PRODUCT_STATUSES, type ProductStatus } from '../entities/product.entity';

export class ProductDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The organization that sells it' }) orgId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) treatmentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) manufacturer!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The batch or lot now sold' }) batchLotInfo!:
    string | null;
  @ApiProperty() sku!: string;
  @ApiProperty({ example: '1500', description: 'Minor units of currency' }) price!: string;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty() inventoryCount!: number;
  @ApiProperty() isPrescriptionRequired!: boolean;
  @ApiProperty({ enum: PRODUCT_STATUSES }) status!: ProductStatus;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class ProductPageDto extends PageMetaDto {
  @ApiProperty({ type: [ProductDto] }) items!: ProductDto[];
}

export class CreateProductDto {
  @ApiProperty({ minLength: 1, maxLength: 200 }) @IsString() @Length(1, 200) name!: string;
  @ApiPropertyOptional({ maxLength: 10000 }) @IsOptional() @IsString() @MaxLength(10000) description?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('4') treatmentId?: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) manufacturer?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  batchLotInfo?: string;
  @ApiProperty({ example: 'VITD-1000', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)
  sku!: string;
  @ApiProperty({ example: '1500', description: 'Minor units of currency (at most 100000000000)' })
  @IsString()
  @Matches(MINOR_UNITS, MINOR_UNITS_MESSAGE)
  price!: string;
  @ApiProperty({ example: 'EUR' }) @IsString() @Matches(ISO_4217) currency!: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 1000000, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000000)
  inventoryCount?: number;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() isPrescriptionRequired?: boolean;
}

export class UpdateProductDto extends PartialType(CreateProductDto) {
  @ApiPropertyOptional({ enum: PRODUCT_STATUSES, description: 'archived: no longer sold (kept for orders)' })
  @IsOptional()
  @IsIn(PRODUCT_STATUSES)
  status?: ProductStatus;
}

export class ProductQueryDto extends PageQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The organization whose shop to list (the catalog is public)' })
  @IsUUID()
  orgId!: string;
  @ApiPropertyOptional({ enum: PRODUCT_STATUSES, default: 'active' })
  @IsOptional()
  @IsIn(PRODUCT_STATUSES)
  status: ProductStatus = 'active';
  @ApiPropertyOptional({ maxLength: 64 }) @IsOptional() @IsString() @MaxLength(64) sku?: string;
}

export class ProductRemovalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    enum: ['deleted', 'archived'],
    description: 'A product that was ever ordered is archived instead of deleted',
  })
  outcome!: 'deleted' | 'archived';
}

export class RecallQueryDto extends PageQueryDto {
  @ApiProperty({ description: 'The batch or lot recalled (order_items.batch_lot_info)', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  lot!: string;
}

export class RecallEntryDto {
  @ApiProperty({ format: 'uuid', description: 'The order item' }) id!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ format: 'uuid', description: "The patient's login (user id)" }) patientId!: string;
  @ApiProperty() orderDate!: Date;
  @ApiProperty() orderStatus!: string;
  @ApiProperty() quantity!: number;
  @ApiProperty() batchLotInfo!: string;
  @ApiProperty() soldAt!: Date;
}

export class RecallPageDto extends PageMetaDto {
  @ApiProperty({ type: [RecallEntryDto] }) items!: RecallEntryDto[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../common/pagination';

/** Seed L's shape of an embedding. Its length must be the configured dimension (AI_EMBEDDING_DIMENSIONS). */
export class EmbeddingDto {
  @ApiProperty({ type: [Number], minItems: 1, maxItems: 4096, example: [0.12, -0.05, 0.33] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4096)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true })
  vector!: number[];
}

export const MAX_CONTEXT_CHARS = 8000;

export class CreateVectorMemoryDto {
  @ApiProperty({ type: EmbeddingDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => EmbeddingDto)
  embedding!: EmbeddingDto;

  @ApiPropertyOptional({ maxLength: MAX_CONTEXT_CHARS, description: 'What the embedding stands for' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CONTEXT_CHARS)
  context?: string;
}

export class UpdateVectorMemoryDto {
  @ApiPropertyOptional({ type: EmbeddingDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EmbeddingDto)
  embedding?: EmbeddingDto;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_CONTEXT_CHARS })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CONTEXT_CHARS)
  context?: string | null;
}

export const MAX_K = 100;

export class SearchVectorMemoryDto {
  @ApiProperty({ type: EmbeddingDto, description: 'The query embedding' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => EmbeddingDto)
  embedding!: EmbeddingDto;

  /** Checked in the service, so the answer names the limit (k above 100 is a 400). */
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_K, default: 10, description: 'How many nearest memories' })
  @IsOptional()
  @IsInt()
  @Min(1)
  k?: number;
}

export class VectorMemoryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: EmbeddingDto }) embedding!: EmbeddingDto;
  @ApiProperty({ type: String, nullable: true }) context!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class VectorMemoryPageDto extends PageMetaDto {
  @ApiProperty({ type: [VectorMemoryDto] }) items!: VectorMemoryDto[];
}

/** A search hit: the memory without its embedding (GET /api/vector-memories/{id} has it). */
export class VectorMemoryHitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Cosine similarity to the query, -1 to 1' }) score!: number;
  @ApiProperty({ type: String, nullable: true }) context!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class VectorSearchResultDto {
  @ApiProperty({ type: [VectorMemoryHitDto], description: 'Best first' }) items!: VectorMemoryHitDto[];
  @ApiProperty({ description: 'The embedding dimension searched' }) dimensions!: number;
  @ApiProperty({ description: "How many of the caller's memories were compared" }) searched!: number;
}

export class VectorMemoryQueryDto extends PageQueryDto {}

// vector_memory over HTTP: the caller's own embeddings ({"vector": [...]}, AI_EMBEDDING_DIMENSIONS numbers)
// and the k-nearest search by cosine over them.
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { IdParam, NotFoundDoc, OwnData } from './ai.decorators';
import {
  CreateVectorMemoryDto,
  SearchVectorMemoryDto,
  UpdateVectorMemoryDto,
  VectorMemoryDto,
  VectorMemoryPageDto,
  VectorMemoryQueryDto,
  VectorSearchResultDto,
} from './dto/vector-memory.dto';
import { VectorMemoryService } from './vector-memory.service';

@ApiTags('ai')
@Controller('api/vector-memories')
export class VectorMemoryController {
  constructor(private readonly memories: VectorMemoryService) {}

  @Get()
  @OwnData()
  @ApiOperation({ summary: 'List own vector memories, newest first (cursor pagination)' })
  @ApiOkResponse({ type: VectorMemoryPageDto })
  list(@Query() q: VectorMemoryQueryDto): Promise<VectorMemoryPageDto> {
    return this.memories.list(q);
  }

  @Post('search')
  @HttpCode(200)
  @OwnData()
  @ApiOperation({
    summary: 'The k own memories nearest to a query embedding by cosine similarity (exact; k at most 100)',
  })
  @ApiOkResponse({ type: VectorSearchResultDto })
  search(@Body() dto: SearchVectorMemoryDto): Promise<VectorSearchResultDto> {
    return this.memories.search(dto);
  }

  @Get(':id')
  @OwnData()
  @ApiOperation({ summary: 'One own vector memory' })
  @ApiOkResponse({ type: VectorMemoryDto })
  @NotFoundDoc()
  get(@IdParam() id: string): Promise<VectorMemoryDto> {
    return this.memories.get(id);
  }

  @Post()
  @OwnData()
  @ApiOperation({
    summary: 'Store a vector memory (an embedding of the configured dimension, and its context)',
  })
  @ApiCreatedResponse({ type: VectorMemoryDto })
  create(@Body() dto: CreateVectorMemoryDto): Promise<VectorMemoryDto> {
    return this.memories.create(dto);
  }

  @Patch(':id')
  @OwnData()
  @ApiOperation({ summary: 'Change an own vector memory (null clears the context)' })
  @ApiOkResponse({ type: VectorMemoryDto })
  @NotFoundDoc()
  update(@IdParam() id: string, @Body() dto: UpdateVectorMemoryDto): Promise<VectorMemoryDto> {
    return this.memories.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @OwnData()
  @ApiOperation({ summary: 'Delete an own vector memory' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @NotFoundDoc()
  remove(@IdParam() id: string): Promise<void> {
    return this.memories.remove(id);
  }
}

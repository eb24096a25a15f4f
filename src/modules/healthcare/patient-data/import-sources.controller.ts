import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { ProblemDto } from '../../../common/dto/problem.dto';
import { CreateImportSourceDto } from './dto/create-import-source.dto';
import { ImportSourceQueryDto } from './dto/import-source-query.dto';
import { ImportSourceDto, ImportSourcePageDto } from './dto/import-source.response.dto';
import { UpdateImportSourceDto } from './dto/update-import-source.dto';
import { ImportSourcesService } from './import-sources.service';
import { IdParam } from './resource-operations.decorator';

@ApiTags('patient data')
@Controller('api/import-sources')
export class ImportSourcesController {
  constructor(private readonly importSources: ImportSourcesService) {}

  @Get()
  @Authenticated({ roles: ['patient'], apiKeys: false })
  @ApiOperation({
    summary: 'Own data import sources (the auth token is never returned; hasToken says if one is set)',
  })
  @ApiOkResponse({ type: ImportSourcePageDto })
  list(@Query() q: ImportSourceQueryDto): Promise<ImportSourcePageDto> {
    return this.importSources.list(q);
  }

  @Get(':id')
  @Authenticated({ roles: ['patient'], apiKeys: false })
  @ApiOperation({ summary: 'One own import source' })
  @ApiOkResponse({ type: ImportSourceDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@IdParam() id: string): Promise<ImportSourceDto> {
    return this.importSources.get(id);
  }

  @Post()
  @Authenticated({ roles: ['patient'], apiKeys: false })
  @ApiOperation({ summary: 'Connect an import source; its auth token is stored encrypted (AES-256-GCM)' })
  @ApiCreatedResponse({ type: ImportSourceDto })
  create(@Body() dto: CreateImportSourceDto): Promise<ImportSourceDto> {
    return this.importSources.create(dto);
  }

  @Patch(':id')
  @Authenticated({ roles: ['patient'], apiKeys: false })
  @ApiOperation({ summary: 'Update an own import source; authToken replaces the token, null removes it' })
  @ApiOkResponse({ type: ImportSourceDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  update(@IdParam() id: string, @Body() dto: UpdateImportSourceDto): Promise<ImportSourceDto> {
    return this.importSources.update(id, dto);
  }

  @Delete(':id')
  @Authenticated({ roles: ['patient'], apiKeys: false })
  @HttpCode(204)
  @ApiOperation({ summary: 'Disconnect an own import source' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDto })
  remove(@IdParam() id: string): Promise<void> {
    return this.importSources.remove(id);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { ProblemDto } from '../../../common/dto/problem.dto';
import {
  CreateImportSourceDto,
  ImportSourceDto,
  ImportSourcePageDto,
  ImportSourceQueryDto,
  UpdateImportSourceDto,
} from './dto/patient-data.dto';
import { ImportSourcesService } from './patient-data.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('patient data')
@Controller('api/import-sources')
export class ImportSourcesController {
  constructor(private readonly sources: ImportSourcesService) {}

  @Get()
  @Authenticated({ roles: ['patient'], apiKeys: false })
  @ApiOperation({ summary: 'Own data import sources (the auth token is never returned; hasToken says if one is set)' })
  @ApiOkResponse({ type: ImportSourcePageDto })
  list(@Query() q: ImportSourceQueryDto) {
    return this.sources.list({ ...q });
  }

  @Get(':id')
  @Authenticated({ roles: ['patient'], apiKeys: false })
  @ApiOperation({ summary: 'One own import source' })
  @ApiOkResponse({ type: ImportSourceDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', uuid) id: string) {
    return this.sources.get(id);
  }

  @Post()
  @Authenticated({ roles: ['patient'], apiKeys: false })
  @ApiOperation({ summary: 'Connect an import source; its auth token is stored encrypted (AES-256-GCM)' })
  @ApiCreatedResponse({ type: ImportSourceDto })
  create(@Body() dto: CreateImportSourceDto) {
    return this.sources.create({ ...dto });
  }

  @Patch(':id')
  @Authenticated({ roles: ['patient'], apiKeys: false })
  @ApiOperation({ summary: 'Update an own import source; authToken replaces the token, null removes it' })
  @ApiOkResponse({ type: ImportSourceDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  update(@Param('id', uuid) id: string, @Body() dto: UpdateImportSourceDto) {
    return this.sources.update(id, { ...dto });
  }

  @Delete(':id')
  @Authenticated({ roles: ['patient'], apiKeys: false })
  @HttpCode(204)
  @ApiOperation({ summary: 'Disconnect an own import source' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDto })
  remove(@Param('id', uuid) id: string): Promise<void> {
    return this.sources.remove(id);
  }
}

// Controllers for the table-driven resources, made from one template so every resource gets the same five
// routes, the same access declaration and the same Swagger documentation. Each generated class is named
// (for logs and OpenAPI operation ids) and carries its DTO classes as parameter metadata, so the global
// ValidationPipe validates bodies and queries exactly as for a hand-written controller.
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, type Type } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AppRole } from '../../../common/context/claims';
import { Authenticated, Public } from '../../../common/decorators/access.decorator';
import { ProblemDto } from '../../../common/dto/problem.dto';
import type { ListOptions, ResourceSpec, Values } from './resource-store';
import { PatientDataService } from './patient-data.service';

export interface CrudDtos {
  create: Type<unknown>;
  update: Type<unknown>;
  item: Type<unknown>;
  page: Type<unknown>;
  query: Type<unknown>;
}

export interface CrudOptions {
  /** Class name, e.g. MeasurementsController. */
  name: string;
  /** Route prefix under /api, e.g. 'measurements'. */
  path: string;
  tag: string;
  spec: ResourceSpec;
  dtos: CrudDtos;
  /**
   * own: the caller's own rows, every route for `roles` (any member when absent); no API keys, since a
   * machine client owns no rows. catalog: anyone reads (anonymous included), providers and admins of the
   * owning organization write.
   */
  access: { kind: 'own'; roles?: AppRole[] } | { kind: 'catalog' };
}

const uuid = new ParseUUIDPipe({ version: '4' });

export function crudController(o: CrudOptions): Type<unknown> {
  const { spec, dtos } = o;
  const noun = spec.noun;
  const read = o.access.kind === 'catalog' ? Public() : Authenticated({ roles: o.access.roles, apiKeys: false });
  const write =
    o.access.kind === 'catalog'
      ? Authenticated({ roles: ['admin', 'provider'], apiKeys: false })
      : Authenticated({ roles: o.access.roles, apiKeys: false });
  const whose = o.access.kind === 'catalog' ? '' : 'own ';

  @ApiTags(o.tag)
  @Controller(`api/${o.path}`)
  class CrudController {
    constructor(readonly data: PatientDataService) {}

    @Get()
    @read
    @ApiOperation({ summary: `List ${whose}${noun} entries, newest first (filters, cursor pagination)` })
    @ApiOkResponse({ type: dtos.page })
    list(@Query() q: ListOptions) {
      return this.data.list(spec, q);
    }

    @Get(':id')
    @read
    @ApiOperation({ summary: `One ${noun}` })
    @ApiOkResponse({ type: dtos.item })
    @ApiNotFoundResponse({ type: ProblemDto })
    get(@Param('id', uuid) id: string) {
      return this.data.get(spec, id);
    }

    @Post()
    @write
    @ApiOperation({ summary: `Create a ${noun}` })
    @ApiCreatedResponse({ type: dtos.item })
    @ApiConflictResponse({ description: 'Refers to a record that does not exist in this organization', type: ProblemDto })
    create(@Body() dto: Values) {
      return this.data.create(spec, dto);
    }

    @Patch(':id')
    @write
    @ApiOperation({ summary: `Update a ${noun} (null clears an optional field)` })
    @ApiOkResponse({ type: dtos.item })
    @ApiNotFoundResponse({ type: ProblemDto })
    @ApiConflictResponse({ description: 'Refers to a record that does not exist in this organization', type: ProblemDto })
    update(@Param('id', uuid) id: string, @Body() dto: Values) {
      return this.data.update(spec, id, dto);
    }

    @Delete(':id')
    @write
    @HttpCode(204)
    @ApiOperation({ summary: `Delete a ${noun}` })
    @ApiNoContentResponse()
    @ApiNotFoundResponse({ type: ProblemDto })
    @ApiConflictResponse({ description: 'Still referenced by other records', type: ProblemDto })
    remove(@Param('id', uuid) id: string): Promise<void> {
      return this.data.remove(spec, id);
    }
  }

  Object.defineProperty(CrudController, 'name', { value: o.name });
  const paramTypes: Record<string, unknown[]> = {
    list: [dtos.query],
    get: [String],
    create: [dtos.create],
    update: [String, dtos.update],
    remove: [String],
  };
  for (const [method, types] of Object.entries(paramTypes))
    Reflect.defineMetadata('design:paramtypes', types, CrudController.prototype, method);
  Reflect.defineMetadata('design:paramtypes', [PatientDataService], CrudController);
  return CrudController;
}

// The five operations every resource of this module has (list, get, create, update, delete), documented and
// guarded the same way: one composed decorator per operation carries the access rule, the summary and the
// responses. The HTTP method and path stay on the controller method, where grep finds them.
import { applyDecorators, Param, ParseUUIDPipe, type Type } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { Authenticated, Public } from '../../../common/decorators/access.decorator';
import { ProblemDto } from '../../../common/dto/problem.dto';

export interface ResourceAccess {
  read: () => MethodDecorator;
  write: () => MethodDecorator;
  /** 'own ' when every row listed is the caller's. */
  whose: string;
}

/** Public catalogs: anyone reads (anonymous included); providers and admins of the owning organization write. */
export const CATALOG: ResourceAccess = {
  read: () => Public(),
  write: () => Authenticated({ roles: ['admin', 'provider'], apiKeys: false }),
  whose: '',
};

/** A patient's own rows: patients only, no API keys (a machine client owns no rows). */
export const OWN_PATIENT_DATA: ResourceAccess = {
  read: () => Authenticated({ roles: ['patient'], apiKeys: false }),
  write: () => Authenticated({ roles: ['patient'], apiKeys: false }),
  whose: 'own ',
};

/** A member's own rows (companion app): any member, no API keys. */
export const OWN_MEMBER_DATA: ResourceAccess = {
  read: () => Authenticated({ apiKeys: false }),
  write: () => Authenticated({ apiKeys: false }),
  whose: 'own ',
};

const REFERS_ELSEWHERE = 'Refers to a record that does not exist in this organization';

/** Decorators in the order they would be written above a method (a stack applies from the bottom up). */
const stacked = (...decorators: MethodDecorator[]) => applyDecorators(...decorators.reverse());

export const ListOperation = (access: ResourceAccess, noun: string, page: Type<unknown>) =>
  stacked(
    access.read(),
    ApiOperation({
      summary: `List ${access.whose}${noun} entries, newest first (filters, cursor pagination)`,
    }),
    ApiOkResponse({ type: page }),
  );

export const GetOperation = (access: ResourceAccess, noun: string, item: Type<unknown>) =>
  stacked(
    access.read(),
    ApiOperation({ summary: `One ${noun}` }),
    ApiOkResponse({ type: item }),
    ApiNotFoundResponse({ type: ProblemDto }),
  );

export const CreateOperation = (access: ResourceAccess, noun: string, item: Type<unknown>) =>
  stacked(
    access.write(),
    ApiOperation({ summary: `Create a ${noun}` }),
    ApiCreatedResponse({ type: item }),
    ApiConflictResponse({ description: REFERS_ELSEWHERE, type: ProblemDto }),
  );

export const UpdateOperation = (access: ResourceAccess, noun: string, item: Type<unknown>) =>
  stacked(
    access.write(),
    ApiOperation({ summary: `Update a ${noun} (null clears an optional field)` }),
    ApiOkResponse({ type: item }),
    ApiNotFoundResponse({ type: ProblemDto }),
    ApiConflictResponse({ description: REFERS_ELSEWHERE, type: ProblemDto }),
  );

/** With @HttpCode(204) on the method. */
export const DeleteOperation = (access: ResourceAccess, noun: string) =>
  stacked(
    access.write(),
    ApiOperation({ summary: `Delete a ${noun}` }),
    ApiNoContentResponse(),
    ApiNotFoundResponse({ type: ProblemDto }),
    ApiConflictResponse({ description: 'Still referenced by other records', type: ProblemDto }),
  );

/** The `:id` path parameter: a UUID v4, else 400. */
export const IdParam = () => Param('id', new ParseUUIDPipe({ version: '4' }));

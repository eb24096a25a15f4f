// The scheduling routes' composed decorators: who may call (presets over @Authenticated), the id path
// parameter, and what Swagger shows for each kind of route (summary, response type, errors).
import { applyDecorators, HttpCode, Param, ParseUUIDPipe, type Type } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { ProblemDto } from '../../../common/dto/problem.dto';

/** Admins of the organization, signed in (no API keys). */
export const AdminOnly = () => Authenticated({ roles: ['admin'], apiKeys: false });
/** Admins and providers, signed in (no API keys). */
export const Clinicians = () => Authenticated({ roles: ['admin', 'provider'], apiKeys: false });
/** Admins, providers and patients, signed in (no API keys): RLS narrows what each sees. */
export const ClinicalMembers = () =>
  Authenticated({ roles: ['admin', 'provider', 'patient'], apiKeys: false });
/** The CRM's staff: admins and providers, API keys included. */
export const CrmStaff = () => Authenticated({ roles: ['admin', 'provider'] });

/** The `:id` path parameter, a UUID v4 (400 otherwise). */
export const IdParam = () => Param('id', new ParseUUIDPipe({ version: '4' }));

const notFound = ApiNotFoundResponse({
  description: 'No such row, or not visible to the caller',
  type: ProblemDto,
});
const conflict = ApiConflictResponse({
  description:
    'Conflicts with another record (an overlapping booking or appointment, a maintenance window, a duplicate, a row still in use)',
  type: ProblemDto,
});

export const ListDoc = (summary: string, type: Type<unknown>) =>
  applyDecorators(ApiOperation({ summary }), ApiOkResponse({ type }));
export const GetDoc = (summary: string, type: Type<unknown>) =>
  applyDecorators(ApiOperation({ summary }), ApiOkResponse({ type }), notFound);
export const CreateDoc = (summary: string, type: Type<unknown>) =>
  applyDecorators(ApiOperation({ summary }), ApiCreatedResponse({ type }), conflict);
export const UpdateDoc = (summary: string, type: Type<unknown>) =>
  applyDecorators(ApiOperation({ summary }), ApiOkResponse({ type }), notFound, conflict);
export const ActionDoc = (summary: string, type: Type<unknown>) =>
  applyDecorators(
    HttpCode(200),
    ApiOperation({ summary }),
    ApiOkResponse({ type }),
    notFound,
    conflict,
    ApiUnprocessableEntityResponse({
      description: 'Outside opening hours, or in the past',
      type: ProblemDto,
    }),
  );
export const DeleteDoc = (summary: string) =>
  applyDecorators(HttpCode(204), ApiOperation({ summary }), ApiNoContentResponse(), notFound, conflict);

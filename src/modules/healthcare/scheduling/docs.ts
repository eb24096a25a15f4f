// Swagger shorthands for the clinic routes: one line per route for summary, response type and errors.
import { applyDecorators, HttpCode, type Type } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ProblemDto } from '../../../common/dto/problem.dto';

const notFound = ApiNotFoundResponse({ description: 'No such row, or not visible to the caller', type: ProblemDto });
const conflict = ApiConflictResponse({
  description: 'Conflicts with another record (an overlapping booking or appointment, a maintenance window, a duplicate, a row still in use)',
  type: ProblemDto,
});

export const ListDoc = (summary: string, type: Type<unknown>) => applyDecorators(ApiOperation({ summary }), ApiOkResponse({ type }));
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
    ApiUnprocessableEntityResponse({ description: 'Outside opening hours, or in the past', type: ProblemDto }),
  );
export const DeleteDoc = (summary: string) =>
  applyDecorators(HttpCode(204), ApiOperation({ summary }), ApiNoContentResponse(), notFound, conflict);

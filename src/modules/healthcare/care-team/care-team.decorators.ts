// The care-team routes' shared pieces: path parameters and the documented answers.
import { applyDecorators, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../../common/dto/problem.dto';

const uuid = () => new ParseUUIDPipe({ version: '4' });

/** The `:id` path parameter, a UUID v4 (400 otherwise). */
export const IdParam = () => Param('id', uuid());
/** The `:patientId` path parameter: a patient record's id (patients.id). */
export const PatientIdParam = () => Param('patientId', uuid());

export const NotFoundDoc = (description = 'No such row, or not visible to the caller') =>
  ApiNotFoundResponse({ description, type: ProblemDto });
export const ConflictDoc = (description: string) =>
  applyDecorators(ApiConflictResponse({ description, type: ProblemDto }));

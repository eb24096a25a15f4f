// The AI routes' shared pieces: path parameters, who may call, and the documented answers.
import { applyDecorators, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse } from '@nestjs/swagger';
import { Authenticated } from '../../common/decorators/access.decorator';
import { ProblemDto } from '../../common/dto/problem.dto';

/** The `:id` path parameter, a UUID v4 (400 otherwise). */
export const IdParam = () => Param('id', new ParseUUIDPipe({ version: '4' }));

/** A member's own rows: any member, no API keys (a machine client owns no rows). */
export const OwnData = () => Authenticated({ apiKeys: false });

export const NotFoundDoc = (description = 'No such row, or not visible to the caller') =>
  applyDecorators(ApiNotFoundResponse({ description, type: ProblemDto }));

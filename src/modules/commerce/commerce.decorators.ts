// The commerce routes' shared pieces: who may call, path parameters, documented answers, money formats.
import { applyDecorators, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Authenticated } from '../../common/decorators/access.decorator';
import { ProblemDto } from '../../common/dto/problem.dto';

/** Minor units of a price or total, as a string (bigint in Postgres, never a JS number). */
export const MINOR_UNITS = /^[1-9][0-9]{0,17}$/;
export const MINOR_UNITS_MESSAGE = { message: 'must be a positive integer of minor units, as a string' };
/** ISO 4217 alphabetic code. */
export const ISO_4217 = /^[A-Z]{3}$/;
/** The most of one product a cart line (and so an order line) may hold. */
export const MAX_LINE_QUANTITY = 100;

/** Org admins, signed in as a person (a machine key never manages the shop). */
export const Admins = () => Authenticated({ roles: ['admin'], apiKeys: false });
/** Patients, signed in as themselves: carts, checkout, their orders and prescriptions. */
export const Patients = () => Authenticated({ roles: ['patient'], apiKeys: false });
/** The same, for routes that call Stripe: no request transaction, the service opens short ones around the call. */
export const AdminsCallingStripe = () =>
  Authenticated({ roles: ['admin'], apiKeys: false, transaction: false });
export const PatientsCallingStripe = () =>
  Authenticated({ roles: ['patient'], apiKeys: false, transaction: false });

/** The `:id` path parameter, a UUID v4 (400 otherwise). */
export const IdParam = () => Param('id', new ParseUUIDPipe({ version: '4' }));

export const NotFoundDoc = (description = 'No such row, or not visible to the caller') =>
  ApiNotFoundResponse({ description, type: ProblemDto });
export const ConflictDoc = (description: string) =>
  applyDecorators(ApiConflictResponse({ description, type: ProblemDto }));
export const UnprocessableDoc = (description: string) =>
  applyDecorators(ApiUnprocessableEntityResponse({ description, type: ProblemDto }));

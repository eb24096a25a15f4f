// Repositories on the current request's (or job's) transaction. The entity manager comes from the request
// context, so every query runs on the transaction's connection, as the caller, under RLS; outside a transaction
// this throws (there is no fallback connection). Resource repositories wrap this with one typed method per query.
import type { EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { currentTransaction } from '../context/request-context';

export function repo<E extends ObjectLiteral>(entity: EntityTarget<E>): Repository<E> {
  return currentTransaction().manager.getRepository(entity);
}

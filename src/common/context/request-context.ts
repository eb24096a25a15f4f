// The request context: the transaction's entity manager and the claims it runs under, carried by
// AsyncLocalStorage from the transaction wrapper to every service call inside it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import type { Claims } from './claims';

export interface TransactionContext {
  manager: EntityManager;
  claims: Claims;
  /** Work that must wait for the commit (outbound mail, webhooks): never run inside the transaction. */
  afterCommit: Array<() => Promise<void> | void>;
  /** Sends what the transaction has queued on its connection (see RlsTransactions: the opening statements). */
  flush?: () => void;
  /** Called by sql() before it sends a statement on `client` (a single-read transaction refuses a second one). */
  beforeStatement?: (client: unknown) => void;
  /** Called by sql() once it has queued a statement on `client` (a single-read transaction queues COMMIT). */
  afterStatement?: (client: unknown) => void;
}

export const transactionStorage = new AsyncLocalStorage<TransactionContext>();

export class NoTransactionError extends Error {
  constructor() {
    super('No RLS transaction is open: database access outside a request or job transaction is refused');
  }
}

/** The current transaction. There is deliberately no fallback to a connection without claims. */
export function currentTransaction(): TransactionContext {
  const ctx = transactionStorage.getStore();
  if (!ctx) throw new NoTransactionError();
  return ctx;
}

/** Defers `fn` until the current transaction commits; dropped if it rolls back. */
export function afterCommit(fn: () => Promise<void> | void): void {
  currentTransaction().afterCommit.push(fn);
}

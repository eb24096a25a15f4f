// The idempotency mechanism's table (cross-cutting, so it lives beside the interceptor that uses it).
export const IDEMPOTENCY_ENTITIES: Function[] = [];

// The list route's query skips class-transformer and class-validator on its usual inputs: the fast path must
// give exactly what the full ValidationPipe gives, and leave everything else (every refusal) to it.
import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../src/common/errors/domain-error';
import { FastValidationPipe } from '../../src/common/http/fast-validation.pipe';
import { flattenValidationErrors } from '../../src/common/validation';
import { ListNotificationsQueryDto } from '../../src/modules/notifications/dto/list-notifications.query.dto';

// The app's options (app.module.ts).
const options = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  forbidUnknownValues: true,
  exceptionFactory: (errors: Parameters<typeof flattenValidationErrors>[0]) => {
    const fields = flattenValidationErrors(errors);
    return new DomainError('invalid-input', fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
  },
};
const full = new ValidationPipe(options);
const fast = new FastValidationPipe(options);
const meta: ArgumentMetadata = { type: 'query', metatype: ListNotificationsQueryDto, data: undefined };

const settle = (p: Promise<unknown>) =>
  p.then(
    (value) => ({ value }),
    (err: DomainError) => ({ error: { code: err.code, detail: err.message, errors: err.errors } }),
  );

const FAST = [
  {},
  { limit: '1' },
  { limit: '20' },
  { limit: '100' },
  { cursor: 'abc' },
  { cursor: '' },
  { cursor: 'x'.repeat(200) },
  { status: 'unread' },
  { type: 'system', status: 'read', limit: '7', cursor: 'c' },
];
const FULL = [
  { limit: '0' },
  { limit: '101' },
  { limit: '010' },
  { limit: ' 5' },
  { limit: '5.0' },
  { limit: '-1' },
  { limit: '' },
  { limit: 'abc' },
  { limit: ['1', '2'] },
  { cursor: 'x'.repeat(201) },
  { status: 'nope' },
  { status: ['unread', 'read'] },
  { type: 'UNKNOWN' },
  { other: '1' },
  JSON.parse('{"__proto__": "1"}') as Record<string, string>,
  { constructor: 'x' },
];

describe('FastValidationPipe on the notifications list query', () => {
  it.each([...FAST, ...FULL])('gives what the full pipe gives: %j', async (query) => {
    const [a, b] = await Promise.all([
      settle(full.transform({ ...query }, meta)),
      settle(fast.transform({ ...query }, meta)),
    ]);
    expect(b).toEqual(a);
    if ('value' in b) expect(b.value).toBeInstanceOf(ListNotificationsQueryDto);
  });

  it('takes the fast path on the usual queries and the full one otherwise', async () => {
    const spy = vi.spyOn(ValidationPipe.prototype, 'transform');
    try {
      for (const q of FAST) await fast.transform({ ...q }, meta);
      expect(spy).not.toHaveBeenCalled();
      for (const q of FULL) await fast.transform({ ...q }, meta).catch(() => undefined);
      expect(spy).toHaveBeenCalledTimes(FULL.length);
    } finally {
      spy.mockRestore();
    }
  });
});

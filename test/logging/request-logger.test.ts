// The per-request logger (common/logging/logger.ts, requestLogger): the pino child is made only when a line is
// written at an enabled level, and the lines it writes are the child's, bindings and redaction included.
import { describe, expect, it, vi } from 'vitest';
import { createLogger, requestLogger } from '../../src/common/logging/logger';

function capture(level: Parameters<typeof createLogger>[0]) {
  const out: string[] = [];
  const root = createLogger(level, { write: (chunk: string) => void out.push(chunk) });
  const child = vi.spyOn(root, 'child');
  return {
    root,
    child,
    lines: () =>
      out
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
  };
}

describe('requestLogger', () => {
  it('at warn, an info line makes no child and writes nothing; a warn line writes with the bindings', () => {
    const { root, child, lines } = capture('warn');
    const log = requestLogger(root, { reqId: 'r-1' });
    log.info({ a: 1 }, 'request');
    log.debug('nothing');
    expect(child).not.toHaveBeenCalled();
    expect(lines()).toEqual([]);
    log.warn({ password: 'never-written' }, 'slow');
    expect(child).toHaveBeenCalledTimes(1);
    expect(lines()).toEqual([expect.objectContaining({ reqId: 'r-1', msg: 'slow', password: '[redacted]' })]);
    log.error('again'); // the same child
    expect(child).toHaveBeenCalledTimes(1);
    expect(lines()[1]).toMatchObject({ reqId: 'r-1', msg: 'again' });
  });

  it('at info, the request line carries the request id; children and levels behave as pino children', () => {
    const { root, lines } = capture('info');
    const log = requestLogger(root, { reqId: 'r-2', clientRequestId: 'c-9' });
    expect(log.isLevelEnabled('info')).toBe(true);
    expect(log.isLevelEnabled('debug')).toBe(false);
    expect(log.level).toBe('info');
    log.info({ status: 200 }, 'request');
    log.child({ context: 'Svc' }).info('inside');
    expect(lines()).toEqual([
      expect.objectContaining({ reqId: 'r-2', clientRequestId: 'c-9', status: 200, msg: 'request' }),
      expect.objectContaining({ reqId: 'r-2', context: 'Svc', msg: 'inside' }),
    ]);
    expect(log.bindings()).toEqual({ reqId: 'r-2', clientRequestId: 'c-9' });
  });

  it("a route's own log level gets the real child at once", () => {
    const { root, child, lines } = capture('warn');
    const log = requestLogger(root, { reqId: 'r-3' }, { level: 'debug' });
    expect(child).toHaveBeenCalledTimes(1);
    log.debug('seen');
    expect(lines()).toEqual([expect.objectContaining({ reqId: 'r-3', msg: 'seen' })]);
  });
});

// `npm start` and the CLIs build only when the build is missing or its inputs changed.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inputsHash, inputsStamp, staleReason, STAMP } from '../../scripts/build-if-stale.mjs';

// Inputs changed in the last 2 s get no fingerprint: the fingerprint cases look from 10 s later.
const LATER = () => Date.now() + 10_000;

describe('build-if-stale', () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const built = () => {
    write('dist/src/main.js', '// built');
    write(STAMP, `${inputsHash(root)}\n`);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'carebase-build-'));
    write('src/main.ts', 'export {};');
    write('src/modules/a/a.service.ts', 'export const a = 1;');
    write('tsconfig.json', '{}');
    write('package-lock.json', '{}');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('wants a build when there is none, or when the build does not record its inputs', () => {
    expect(staleReason(root)).toBe('no build yet');
    write('dist/src/main.js', '// built by something else');
    expect(staleReason(root)).toBe('the build does not record its inputs');
  });

  it('skips the build while the inputs are unchanged', () => {
    built();
    expect(staleReason(root)).toBeUndefined();
    write('README.md', 'not an input'); // only the build inputs count
    write('test/x.test.ts', 'not an input');
    expect(staleReason(root)).toBeUndefined();
  });

  it('with the fingerprint recorded, still sees an edit that keeps the size and the modification time', () => {
    write('dist/src/main.js', '// built');
    write(STAMP, inputsStamp(root, LATER()));
    expect(staleReason(root, LATER())).toBeUndefined();
    const file = path.join(root, 'src/modules/a/a.service.ts');
    write('src/modules/a/a.service.ts', 'export const a = 9;'); // same length
    utimesSync(file, new Date(0), new Date(0));
    expect(staleReason(root, LATER())).toBe('sources changed since the last build');
  });

  it('with the fingerprint unchanged, does not read the inputs', () => {
    write('dist/src/main.js', '// built');
    const [, fingerprint] = inputsStamp(root, LATER()).split('\n');
    write(STAMP, `${'0'.repeat(64)}\n${fingerprint}\n`); // a content hash that matches nothing
    expect(staleReason(root, LATER())).toBeUndefined();
    expect(staleReason(root)).toBe('sources changed since the last build'); // inputs too recent: by content
  });

  it('records a fingerprint only for inputs older than 2 s', () => {
    expect(inputsStamp(root).split('\n')[1]).toBe('');
    expect(inputsStamp(root, LATER()).split('\n')[1]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('with the fingerprint recorded, falls back to the contents when only the times changed (a checkout)', () => {
    write('dist/src/main.js', '// built');
    write(STAMP, inputsStamp(root, LATER()));
    const before = readFileSync(path.join(root, STAMP), 'utf8');
    write('src/modules/a/a.service.ts', 'export const a = 1;'); // rewritten with the same contents
    expect(staleReason(root, LATER())).toBeUndefined();
    expect(readFileSync(path.join(root, STAMP), 'utf8')).toBe(before);
  });

  const changes: [string, () => void][] = [
    ['an edited source', () => write('src/modules/a/a.service.ts', 'export const a = 2;')],
    ['a new source', () => write('src/modules/b/b.service.ts', 'export const b = 1;')],
    ['a removed source', () => rmSync(path.join(root, 'src/modules/a/a.service.ts'))],
    [
      'a renamed source',
      () => {
        rmSync(path.join(root, 'src/modules/a/a.service.ts'));
        write('src/modules/a/b.service.ts', 'export const a = 1;');
      },
    ],
    ['a changed compiler setting', () => write('tsconfig.json', '{"compilerOptions":{}}')],
    ['changed dependencies', () => write('package-lock.json', '{"lockfileVersion":3}')],
  ];
  it.each(changes)('rebuilds after %s', (_what, change) => {
    built();
    change();
    expect(staleReason(root, LATER())).toBe('sources changed since the last build');
  });

  it.each(changes)('rebuilds after %s, with the fingerprint recorded', (_what, change) => {
    write('dist/src/main.js', '// built');
    write(STAMP, inputsStamp(root, LATER()));
    change();
    expect(staleReason(root, LATER())).toBe('sources changed since the last build');
  });
});

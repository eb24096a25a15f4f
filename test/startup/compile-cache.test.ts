// The start-up code cache (scripts/compile-cache.cjs): modules compiled through it behave as under Node's own
// loader, an edit is never served from a stale entry, and a bad cache or the switch only turns it off. Every
// case runs in a child Node process, so the hook never touches this one.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const HOOK = path.resolve(__dirname, '../../scripts/compile-cache.cjs');

interface Run {
  stats: { hits: number; compiled: number; rejected: number; resolved: number } | null;
  lib: string;
  dirname: string;
  filename: string;
  cacheHasSelf: boolean;
  resolved: string;
  resolvePaths: boolean;
  cjsPkg: string;
  esmImport: string;
  esmRequire: string;
  esmSyntax: string;
  thrownRuns: number;
  thrown: string;
  thisIsExports: boolean;
}

describe('compile cache', () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const cacheFile = () => path.join(root, 'cache', 'compile-cache.bin');
  const run = (env: NodeJS.ProcessEnv = {}): Run => {
    const out = execFileSync(process.execPath, [path.join(root, 'entry.cjs'), path.join(root, 'cache')], {
      cwd: root,
      env: { PATH: process.env.PATH, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(out) as Run;
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'carebase-compile-cache-'));
    write(
      'entry.cjs',
      `globalThis.stats = require(${JSON.stringify(HOOK)}).install(process.argv[2], process.env, {
         treeFiles: process.env.TREE ? [process.env.TREE] : undefined,
       }) ?? null;
       require('./app/main.js');`,
    );
    write('app/lib.js', "module.exports = 'AAAA';\n");
    write('app/esm-syntax.js', "export const kind = 'esm syntax';\n");
    write(
      'app/throws.js',
      "globalThis.thrownRuns = (globalThis.thrownRuns ?? 0) + 1;\nthrow new Error('from the module');\n",
    );
    // import() in a cached script fails on Node 20 (its callback is lost): such files go to Node's loader.
    write('app/dyn.js', "module.exports = () => import('esm-pkg');\n");
    write('app/package.json', '{}');
    write('node_modules/cjs-pkg/package.json', '{"name":"cjs-pkg","main":"index.js"}');
    write('node_modules/cjs-pkg/index.js', "exports.name = 'cjs-pkg';\n");
    write('node_modules/esm-pkg/package.json', '{"name":"esm-pkg","type":"module","exports":"./index.js"}');
    write('node_modules/esm-pkg/index.js', "export const name = 'esm-pkg';\n");
    write(
      'app/main.js',
      `const thisIsExports = this === module.exports;
       let thrown;
       try { require('./throws'); } catch (err) { thrown = err.message; }
       require('./dyn')().then((esm) => {
         process.stdout.write(JSON.stringify({
           stats: globalThis.stats,
           lib: require('./lib'),
           dirname: __dirname,
           filename: __filename,
           cacheHasSelf: require.cache[__filename] === module,
           resolved: require.resolve('cjs-pkg'),
           resolvePaths: Array.isArray(require.resolve.paths('cjs-pkg')),
           cjsPkg: require('cjs-pkg').name,
           esmImport: esm.name,
           esmRequire: require('esm-pkg').name,
           esmSyntax: require('./esm-syntax.js').kind,
           thrownRuns: globalThis.thrownRuns,
           thrown,
           thisIsExports,
         }));
       });`,
    );
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('runs modules as Node does, then serves them from the cache', () => {
    const first = run();
    expect(first).toMatchObject({
      lib: 'AAAA',
      dirname: path.join(root, 'app'),
      filename: path.join(root, 'app/main.js'),
      cacheHasSelf: true,
      resolved: path.join(root, 'node_modules/cjs-pkg/index.js'),
      resolvePaths: true,
      cjsPkg: 'cjs-pkg',
      esmImport: 'esm-pkg',
      esmRequire: 'esm-pkg',
      esmSyntax: 'esm syntax',
      thrownRuns: 1,
      thrown: 'from the module',
      thisIsExports: true,
    });
    // main.js, throws.js (compiled, then threw while running), lib.js, cjs-pkg; not dyn.js nor the ESM files
    expect(first.stats).toEqual({ hits: 0, compiled: 4, rejected: 0, written: 0, resolved: 0 });
    expect(existsSync(cacheFile())).toBe(true);

    const second = run();
    expect(second.stats).toEqual({ hits: 4, compiled: 0, rejected: 0, written: 0, resolved: 0 });
    expect({ ...second, stats: null }).toEqual({ ...first, stats: null });
  });

  it('never serves an edited file from its old entry, even at the same length', () => {
    run();
    expect(run().lib).toBe('AAAA');
    write('app/lib.js', "module.exports = 'BBBB';\n");
    const edited = run();
    expect(edited.lib).toBe('BBBB');
    expect(edited.stats).toMatchObject({ hits: 3, compiled: 1 });
    expect(run()).toMatchObject({ lib: 'BBBB', stats: { hits: 4, compiled: 0 } });
  });

  it('ignores a corrupt or truncated cache file and replaces it', () => {
    run();
    writeFileSync(cacheFile(), 'CBCC0001\xff\xff\xff\x00not a cache');
    expect(run()).toMatchObject({ lib: 'AAAA', stats: { hits: 0, compiled: 4 } });
    expect(run().stats).toMatchObject({ hits: 4, compiled: 0 });
    writeFileSync(cacheFile(), Buffer.alloc(3));
    expect(run()).toMatchObject({ lib: 'AAAA', stats: { hits: 0, compiled: 4 } });
  });

  it('starts when the cache cannot be written', () => {
    writeFileSync(path.join(root, 'cache'), 'a file where the folder should be');
    expect(run()).toMatchObject({ lib: 'AAAA', esmImport: 'esm-pkg', stats: { hits: 0, compiled: 4 } });
    expect(run().stats).toMatchObject({ hits: 0, compiled: 4 });
  });

  it('is off with CAREBASE_COMPILE_CACHE=off', () => {
    const off = run({ CAREBASE_COMPILE_CACHE: 'off' });
    expect(off).toMatchObject({ stats: null, lib: 'AAAA', esmImport: 'esm-pkg', thrownRuns: 1 });
    expect(existsSync(cacheFile())).toBe(false);
  });

  it('keeps where requires resolved while the tree files are unchanged, and re-resolves a file that moved', () => {
    write('lock.json', 'v1');
    const TREE = path.join(root, 'lock.json');
    const first = run({ TREE });
    expect(first.stats).toMatchObject({ resolved: 0 });
    const second = run({ TREE });
    expect(second.stats!.resolved).toBeGreaterThanOrEqual(4); // ./throws, ./dyn, ./lib, cjs-pkg, ...
    expect({ ...second, stats: null }).toEqual({ ...first, stats: null });
    // The package's main moves (without a lockfile change): the kept resolution points at a missing file.
    write('node_modules/cjs-pkg/package.json', '{"name":"cjs-pkg","main":"lib/main.js"}');
    write('node_modules/cjs-pkg/lib/main.js', "exports.name = 'cjs-pkg moved';\n");
    rmSync(path.join(root, 'node_modules/cjs-pkg/index.js'));
    const moved = run({ TREE });
    expect(moved).toMatchObject({
      cjsPkg: 'cjs-pkg moved',
      resolved: path.join(root, 'node_modules/cjs-pkg/lib/main.js'),
    });
    // Another tree (a new lockfile): nothing kept is used.
    write('lock.json', 'v2');
    expect(run({ TREE }).stats).toMatchObject({ resolved: 0 });
    expect(run({ TREE }).stats!.resolved).toBeGreaterThanOrEqual(4);
  });

  it('starts the resolutions afresh under other resolution settings (NODE_OPTIONS, NODE_PATH)', () => {
    write('lock.json', 'v1');
    const TREE = path.join(root, 'lock.json');
    run({ TREE });
    expect(run({ TREE }).stats!.resolved).toBeGreaterThanOrEqual(4);
    expect(run({ TREE, NODE_OPTIONS: '--conditions=development' }).stats).toMatchObject({ resolved: 0 });
    expect(run({ TREE, NODE_PATH: path.join(root, 'app') }).stats).toMatchObject({ resolved: 0 });
  });

  it('keeps no resolutions without tree files', () => {
    run();
    expect(run().stats).toMatchObject({ resolved: 0, hits: 4 });
  });
});

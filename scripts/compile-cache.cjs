'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file, loaded before any compiled module */
// A V8 code cache for the CommonJS modules a start loads (Node 20 has no module.enableCompileCache()).
// Plain CommonJS outside src/: it has to be in place before the first module of dist/ is loaded, and
// `nest build` empties dist/. `npm start` installs it (scripts/build-if-stale.mjs --then); tests, which call
// createApp directly, never do.
//
// Module.prototype._compile is wrapped for .js/.cjs CommonJS files: the module is compiled with
// new vm.Script(Module.wrap(content), { cachedData }) and its wrapper called with the arguments Node's loader
// passes. Anything else (ESM through require(esm), .mjs, JSON, a file that may call import(), a compile that
// throws) goes to Node's own _compile. The cache is one file, read once at install and written once the process has loaded no new module
// for IDLE_MS (a server never fires 'beforeExit'; a timer re-armed by every compile needs no hook into the
// app, and catches modules loaded lazily after listen), or at exit when still pending. An entry is used only
// when its sha1 matches the module's content: V8 itself checks only the source length.
//   CAREBASE_COMPILE_CACHE=off disables it; NODE_DEBUG=carebase-compile-cache logs one line per load/write.
const crypto = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const util = require('node:util');
const vm = require('node:vm');

const MAGIC = Buffer.from('CBCC0001');
const IDLE_MS = 1500;
const debug = util.debuglog('carebase-compile-cache');
// On Node 20 a script whose code came from another process's cache loses its dynamic import() callback
// (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING): a file that may call import() is left to Node's own loader.
const DYNAMIC_IMPORT = /\bimport\s*\(/;

/** What a cache must have been made by to be used: the same Node, V8, architecture and flags. */
function runtimeTag() {
  return [process.version, process.versions.v8, process.arch, process.execArgv.join(' ')].join('|');
}

const sha1 = (content) => crypto.createHash('sha1').update(content).digest('base64');

/**
 * The entries of the cache file `file`: filename -> { hash, data }, and its resolutions (see install) when
 * they were made for `tree`; empty when missing or unusable.
 */
function readCache(file, tree) {
  const entries = new Map();
  const resolutions = new Map();
  let blob;
  try {
    blob = fs.readFileSync(file);
  } catch {
    return { entries, resolutions };
  }
  try {
    if (blob.length < MAGIC.length + 4 || !blob.subarray(0, MAGIC.length).equals(MAGIC))
      throw new Error('bad magic');
    const headerLength = blob.readUInt32LE(MAGIC.length);
    const start = MAGIC.length + 4 + headerLength;
    const header = JSON.parse(blob.toString('utf8', MAGIC.length + 4, start));
    if (header.runtime !== runtimeTag()) throw new Error('made by another runtime');
    for (const [filename, hash, offset, length] of header.entries) {
      if (start + offset + length > blob.length) throw new Error('truncated');
      entries.set(filename, { hash, data: blob.subarray(start + offset, start + offset + length) });
    }
    if (tree && header.tree === tree && Array.isArray(header.resolutions))
      for (const [key, filename] of header.resolutions) resolutions.set(key, filename);
  } catch (err) {
    debug('ignoring %s: %s', file, err.message);
    entries.clear();
    resolutions.clear();
  }
  return { entries, resolutions };
}

/** Writes `entries` to `file` atomically (temporary file, then rename). */
function writeCache(file, entries, tree, resolutions) {
  const list = [];
  const chunks = [];
  let offset = 0;
  for (const [filename, { hash, data }] of entries) {
    list.push([filename, hash, offset, data.length]);
    chunks.push(data);
    offset += data.length;
  }
  const header = Buffer.from(
    JSON.stringify({ runtime: runtimeTag(), entries: list, tree, resolutions: tree ? [...resolutions] : [] }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([MAGIC, length, header, ...chunks]));
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/** module.require and its helpers as Node's makeRequireFunction builds them (no policy manifest). */
function makeRequire(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') throw new TypeError('The "request" argument must be of type string');
    return Module._resolveFilename(request, mod, false, options);
  }
  function paths(request) {
    if (typeof request !== 'string') throw new TypeError('The "request" argument must be of type string');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

/** Why the hook must stay off in this process, if it must: features that need Node's own compile path. */
function unsupported(env) {
  const setting = (env.CAREBASE_COMPILE_CACHE ?? '').trim().toLowerCase();
  if (['off', '0', 'false', 'no'].includes(setting)) return 'disabled by CAREBASE_COMPILE_CACHE';
  if (typeof vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER !== 'symbol') return 'no vm default loader';
  if (process.sourceMapsEnabled) return 'source maps are enabled';
  const flags = [...process.execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (flags.some((f) => /^--(inspect|experimental-policy|experimental-loader|loader|import)/.test(f)))
    return 'inspector, policy or loader flags';
  return undefined;
}

let installed;

/**
 * What the module tree is, for the resolutions: the contents of `files` (the lockfiles, npm's record of what
 * node_modules holds, the build's stamp of its inputs) and the settings that change how Node resolves
 * (NODE_OPTIONS with its --conditions, NODE_PATH), so installing or linking packages, rebuilding the app or
 * resolving otherwise starts them afresh. A hand edit inside node_modules is not seen: delete the cache folder.
 */
function treeTag(files, env) {
  if (!files || files.length === 0) return undefined;
  const hash = crypto.createHash('sha1');
  hash.update(`${env.NODE_OPTIONS ?? ''}\0${env.NODE_PATH ?? ''}\0`);
  for (const f of files) {
    try {
      hash.update(fs.readFileSync(f));
    } catch {
      return undefined; // without the files the tree is unknown: no resolutions
    }
    hash.update('\0');
  }
  return hash.digest('base64');
}

/**
 * Installs the hook, with its cache file in `dir`. Returns its counters (hits, compiled, rejected), or
 * undefined when off. Never throws: a cache that cannot be read or written only means compiling from source.
 *
 * `treeFiles`: with them, where each require() resolved to is kept too (finding a package walks node_modules
 * folders and reads package.json files: ~13% of a start's CPU), keyed by the requiring module's folder and
 * the request, and used while those files are unchanged and the resolved file still exists.
 */
function install(dir, env = process.env, { treeFiles } = {}) {
  if (installed) return installed.stats;
  try {
    const why = unsupported(env);
    if (why) {
      debug('off: %s', why);
      return undefined;
    }
    const file = path.join(dir, 'compile-cache.bin');
    const tree = treeTag(treeFiles, env);
    const { entries: cached, resolutions } = readCache(file, tree);
    debug('read %d entries and %d resolutions from %s', cached.size, resolutions.size, file);
    const stats = { hits: 0, compiled: 0, rejected: 0, written: 0, resolved: 0 };
    let resolutionsChanged = false;
    /** Scripts compiled without a usable entry, whose code cache is made at the next write. */
    let pending = [];
    let timer;
    const original = Module.prototype._compile;

    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      if (pending.length === 0 && !resolutionsChanged) return;
      resolutionsChanged = false;
      const fresh = pending;
      pending = [];
      try {
        for (const { filename, hash, script } of fresh)
          cached.set(filename, { hash, data: script.createCachedData() });
        for (const filename of cached.keys()) if (!fs.existsSync(filename)) cached.delete(filename);
        writeCache(file, cached, tree, resolutions);
        stats.written++;
        debug('wrote %d entries (%d new) to %s', cached.size, fresh.length, file);
      } catch (err) {
        debug('not written: %s', err.message);
      }
    };
    // Written once, when the start has settled; what loads later (a package first used by a request) is
    // written at exit, so a serving process never rewrites the file on its event loop.
    let settled = false;
    const schedule = () => {
      if (settled) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        settled = true;
        flush();
      }, IDLE_MS);
      timer.unref();
    };

    Module.prototype._compile = function _compile(content, filename, format) {
      if (
        format === 'module' ||
        typeof content !== 'string' ||
        typeof filename !== 'string' ||
        !(filename.endsWith('.js') || filename.endsWith('.cjs')) ||
        DYNAMIC_IMPORT.test(content)
      ) {
        return original.call(this, content, filename, format);
      }
      let wrapper;
      let hash;
      try {
        hash = sha1(content);
        const entry = cached.get(filename);
        const cachedData = entry && entry.hash === hash ? entry.data : undefined;
        const script = new vm.Script(Module.wrap(content), {
          filename,
          cachedData,
          importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
        });
        wrapper = script.runInThisContext({ displayErrors: true });
        // A rejected entry means V8 compiled from source, as without one: the script is sound, the entry is redone.
        if (cachedData && !script.cachedDataRejected) stats.hits++;
        else {
          if (cachedData) stats.rejected++;
          stats.compiled++;
          pending.push({ filename, hash, script });
          schedule();
        }
      } catch {
        // ESM syntax in a package without "type" (Node detects it), a syntax error (Node reports it): Node's path.
        return original.call(this, content, filename, format);
      }
      const dirname = path.dirname(filename);
      return Reflect.apply(wrapper, this.exports, [this.exports, makeRequire(this), this, filename, dirname]);
    };
    if (tree) {
      const resolve = Module._resolveFilename;
      const learned = new Set();
      Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
        if (
          isMain ||
          options ||
          typeof request !== 'string' ||
          !parent?.filename ||
          request.startsWith('node:')
        )
          return Reflect.apply(resolve, this, [request, parent, isMain, options]);
        const key = `${path.dirname(parent.filename)}\0${request}`;
        const known = resolutions.get(key);
        if (known !== undefined && fs.statSync(known, { throwIfNoEntry: false })?.isFile()) {
          if (!learned.has(key)) stats.resolved++; // counts what the file gave
          return known;
        }
        const found = Reflect.apply(resolve, this, [request, parent, isMain, options]);
        if (path.isAbsolute(found)) {
          resolutions.set(key, found);
          learned.add(key);
          resolutionsChanged = true;
          schedule();
        }
        return found;
      };
    }
    process.once('exit', () => {
      flush();
      debug(
        'this run: %d from the cache, %d compiled, %d rejected',
        stats.hits,
        stats.compiled,
        stats.rejected,
      );
    });
    installed = { stats, flush };
    return stats;
  } catch (err) {
    debug('not installed: %s', err.message);
    return undefined;
  }
}

module.exports = { install };

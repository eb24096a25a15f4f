// Builds (`nest build`) only when the build is missing or its inputs changed since it was made: `npm start`
// and the CLIs on an up-to-date tree skip the ~10 s compile. The inputs are hashed by content (a checkout,
// which resets modification times, does not force a rebuild; an edit always does); the hash of the inputs a
// build was made from is written into it (dist/.build-inputs) after the build succeeds, beside a fingerprint
// of the inputs' names, sizes, inodes and change times. While the fingerprint is unchanged the inputs are not
// read at all (any write to a file changes its ctime, which no tool can set back); when it differs, the
// content hash decides, and an unchanged hash records the new fingerprint.
//   node scripts/build-if-stale.mjs [--force] [--then FILE]
// `--then FILE` loads FILE (CommonJS, relative to the root) in this process once the build is up to date:
// `npm start` runs the server without starting a second Node process, with a code cache for the modules it loads
// (scripts/compile-cache.cjs; CAREBASE_COMPILE_CACHE=off disables it).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** What a build is made from: the sources and every file that changes how they compile. */
export const BUILD_INPUTS = [
  'src',
  'ormconfig.ts',
  'tsconfig.json',
  'tsconfig.build.json',
  'nest-cli.json',
  'package-lock.json',
];
export const STAMP = path.join('dist', '.build-inputs');
const ENTRY = path.join('dist', 'src', 'main.js');

/** The files under `rel` (a file or a folder), relative to `root`. */
function files(root, rel) {
  const abs = path.join(root, rel);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [rel];
  return readdirSync(abs, { withFileTypes: true }).flatMap((e) => files(root, path.join(rel, e.name)));
}

/** A hash over the names and contents of the build inputs under `root`. */
export function inputsHash(root) {
  const hash = createHash('sha256');
  for (const input of BUILD_INPUTS) {
    for (const file of files(root, input).sort()) {
      hash
        .update(file.split(path.sep).join('/'))
        .update('\0')
        .update(readFileSync(path.join(root, file)))
        .update('\0');
    }
  }
  return hash.digest('hex');
}

/**
 * A fingerprint of the build inputs' names, sizes, inodes and change and modification times, not their contents;
 * undefined while an input changed in the last 2 s (on a file system with coarse times, a second edit within
 * the same tick would leave the fingerprint as it was).
 */
export function inputsFingerprint(root, now = Date.now()) {
  const hash = createHash('sha256');
  const recent = (BigInt(Math.floor(now)) - 2000n) * 1_000_000n;
  for (const input of BUILD_INPUTS) {
    for (const file of files(root, input).sort()) {
      const st = statSync(path.join(root, file), { bigint: true });
      if (st.ctimeNs > recent || st.mtimeNs > recent) return undefined;
      hash.update(`${file.split(path.sep).join('/')}\0${st.size}\0${st.ino}\0${st.ctimeNs}\0${st.mtimeNs}\0`);
    }
  }
  return hash.digest('hex');
}

/** Whether `root` needs a build (`reason`), and the stamp to record when only the fingerprint is new. */
function check(root, clock = Date.now()) {
  if (!existsSync(path.join(root, ENTRY))) return { reason: 'no build yet' };
  const stamp = path.join(root, STAMP);
  if (!existsSync(stamp)) return { reason: 'the build does not record its inputs' };
  const [hash, fingerprint] = readFileSync(stamp, 'utf8').trim().split('\n');
  const now = inputsFingerprint(root, clock);
  if (now && fingerprint === now) return {};
  if (hash !== inputsHash(root)) return { reason: 'sources changed since the last build' };
  return now ? { restamp: `${hash}\n${now}\n` } : {};
}

/** Why `root` needs a build, or undefined when its build is up to date. `clock`: the time now, in ms. */
export function staleReason(root, clock = Date.now()) {
  return check(root, clock).reason;
}

/** Records the inputs a build was made from: read before the build starts, so an edit during it is seen next time. */
export function inputsStamp(root, clock = Date.now()) {
  const fingerprint = inputsFingerprint(root, clock);
  return `${inputsHash(root)}\n${fingerprint ?? ''}\n`;
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const then = process.argv.indexOf('--then');
  if (then !== -1 && !process.argv[then + 1]) throw new Error('--then needs a file');
  const { reason, restamp } = process.argv.includes('--force') ? { reason: 'asked to' } : check(root);
  if (!reason) {
    if (restamp) writeFileSync(path.join(root, STAMP), restamp);
    process.stderr.write('build is up to date\n');
  } else {
    process.stderr.write(`building (${reason}) ...\n`);
    const stamp = inputsStamp(root); // the inputs as they are when the build starts
    execFileSync('npx', ['nest', 'build'], { cwd: root, stdio: 'inherit' });
    writeFileSync(path.join(root, STAMP), stamp);
  }
  if (then === -1) return undefined;
  return path.resolve(root, process.argv[then + 1]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let then;
  try {
    then = main();
  } catch (err) {
    process.stderr.write(`build failed: ${err?.message ?? err}\n`);
    process.exit(1);
  }
  if (then) {
    const require = createRequire(import.meta.url);
    // Before the first module of the build loads: a V8 code cache for them (scripts/compile-cache.cjs).
    const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
    require('./compile-cache.cjs').install(
      path.join(root, 'node_modules', '.cache', 'carebase'),
      process.env,
      {
        treeFiles: [
          path.join(root, 'package-lock.json'),
          path.join(root, 'node_modules', '.package-lock.json'),
          path.join(root, STAMP),
        ],
      },
    );
    require(then);
  }
}

// Builds (`nest build`) only when the build is missing or its inputs changed since it was made: `npm start`
// and the CLIs on an up-to-date tree skip the ~10 s compile. The inputs are hashed by content (a checkout,
// which resets modification times, does not force a rebuild; an edit always does); the hash of the inputs a
// build was made from is written into it (dist/.build-inputs) after the build succeeds.
//   node scripts/build-if-stale.mjs [--force]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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

/** Why `root` needs a build, or undefined when its build is up to date. */
export function staleReason(root) {
  if (!existsSync(path.join(root, ENTRY))) return 'no build yet';
  const stamp = path.join(root, STAMP);
  if (!existsSync(stamp)) return 'the build does not record its inputs';
  return readFileSync(stamp, 'utf8').trim() === inputsHash(root)
    ? undefined
    : 'sources changed since the last build';
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const reason = process.argv.includes('--force') ? 'asked to' : staleReason(root);
  if (!reason) {
    process.stderr.write('build is up to date\n');
    return;
  }
  process.stderr.write(`building (${reason}) ...\n`);
  const hash = inputsHash(root); // the inputs as they are when the build starts
  execFileSync('npx', ['nest', 'build'], { cwd: root, stdio: 'inherit' });
  writeFileSync(path.join(root, STAMP), `${hash}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`build failed: ${err?.message ?? err}\n`);
    process.exit(1);
  }
}

import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

// The walls (README "Walls"): src/common, the platform layer, never imports a module; a module reaches another
// only through that module's public surface, src/modules/<module>/index.ts, plus `import type` of its
// entities; the composition roots (src/*.ts, src/cli) import modules through the same surface and the entity
// lists. Import specifiers are relative, so the patterns read them as written: the names of the modules come
// from the folder, and a specifier that climbs down and back up (`./../x`, `a/../b`) is refused outright.
const MODULES = readdirSync(new URL('./src/modules', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names) => `(?:${names.map(esc).join('|')})`;
const ENTITIES_PATH = '(?:[^/]+/)*entities(?:/|$)';

const NORMALIZED = {
  regex: '^\\./\\.\\.?(?:/|$)|[^./][^/]*/\\.\\.?(?:/|$)',
  caseSensitive: true,
  message:
    'Write the relative import normalized (no ./.. or dir/..): the module walls read the path as written.',
};

const walls = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...patterns, NORMALIZED] }],
});

const moduleWalls = MODULES.map((own) => {
  const others = anyOf(MODULES.filter((m) => m !== own));
  return {
    files: [`src/modules/${own}/**/*.ts`],
    rules: walls([
      {
        regex: `^(?:\\.\\./)+(?:modules/)?${others}/(?!${ENTITIES_PATH}).+`,
        caseSensitive: true,
        message: `Another module is reached only through its public surface: import from '../<module>' (its index.ts), and export what is missing there.`,
      },
      {
        regex: `^(?:\\.\\./)+(?:modules/)?${others}/${ENTITIES_PATH}`,
        caseSensitive: true,
        allowTypeImports: true,
        message: `Another module's entities are types here: use \`import type\` (relations by string target).`,
      },
    ]),
  };
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/common/**/*.ts'],
    rules: walls([
      {
        regex: '^(?:\\.\\./)+(?:src/)?(?:modules|app\\.module|entities|create-app|main|cli)(?:/|$)',
        caseSensitive: true,
        message:
          'src/common never imports a module or a composition root: declare an abstract provider here and let the module bind it (CredentialsResolver, MailTransport).',
      },
    ]),
  },
  ...moduleWalls,
  {
    files: ['src/*.ts', 'src/cli/**/*.ts'],
    rules: walls([
      {
        regex: `^(?:\\./|(?:\\.\\./)+)(?:src/)?modules/[^/]+/(?!(?:[^/]+/)*entities(?:/index)?$).+`,
        caseSensitive: true,
        message: `A composition root imports a module through its public surface ('./modules/<module>') or its entity list ('./modules/<module>/entities').`,
      },
    ]),
  },
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);

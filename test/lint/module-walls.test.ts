// The walls of eslint.config.mjs, pinned: each case is linted as if it were the named file, so a loosened
// pattern (or a module folder the patterns no longer see) fails here, not silently in review.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
  cwd: path.resolve(__dirname, '../..'),
  overrideConfig: { rules: { '@typescript-eslint/no-unused-vars': 'off' } },
});

async function refused(filePath: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\n`, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const WALL = /^@typescript-eslint\/no-restricted-imports: /;

describe('src/common never imports a module', () => {
  it.each([
    "import { IdentityModule } from '../../modules/identity';",
    "import type { User } from '../../modules/identity/entities';",
    "import { CredentialsService } from '../../modules/identity/credentials.service';",
    "import { AppModule } from '../../app.module';",
    "import { ALL_ENTITIES } from '../../entities';",
  ])('%s', async (line) => {
    const messages = await refused('src/common/guards/probe.ts', line);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(WALL);
    expect(messages[0]).toMatch(/src\/common never imports a module/);
  });

  it('imports within common pass', async () => {
    expect(
      await refused('src/common/guards/probe.ts', "import { DomainError } from '../errors/domain-error';"),
    ).toEqual([]);
  });
});

describe('a module reaches another only through its public surface', () => {
  it.each([
    ['src/modules/identity/probe.ts', "import { AuditService } from '../audit/audit.service';"],
    ['src/modules/identity/dto/probe.ts', "import { AuditService } from '../../audit/audit.service';"],
    ['src/modules/identity/probe.ts', "import { AuditService } from '../../modules/audit/audit.service';"],
    ['src/modules/healthcare/scheduling/probe.ts', "import { JobRunner } from '../../jobs/job-runner';"],
    ['src/modules/payments/probe.ts', "export { AuditService } from '../audit/audit.service';"],
    ['src/modules/notifications/probe.ts', "import type { AuditService } from '../audit/audit.service';"],
  ])('%s: %s', async (file, line) => {
    const messages = await refused(file, line);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/only through its public surface/);
  });

  it("another module's entities are types only", async () => {
    const file = 'src/modules/healthcare/scheduling/entities/probe.entity.ts';
    expect(await refused(file, "import type { User } from '../../../identity/entities';")).toEqual([]);
    expect(
      await refused(file, "import type { User } from '../../../identity/entities/user.entity';"),
    ).toEqual([]);
    const value = await refused(file, "import { User } from '../../../identity/entities';");
    expect(value).toHaveLength(1);
    expect(value[0]).toMatch(/entities are types here/);
  });

  it('a specifier that climbs around the patterns is refused', async () => {
    for (const line of [
      "import { AuditService } from './../audit/audit.service';",
      "import { AuditService } from './dto/../../audit/audit.service';",
    ]) {
      const messages = await refused('src/modules/identity/probe.ts', line);
      expect(messages, line).toHaveLength(1);
      expect(messages[0]).toMatch(/normalized/);
    }
  });

  it("the public surface, and a module's own files, pass", async () => {
    for (const [file, line] of [
      ['src/modules/identity/probe.ts', "import { AuditService } from '../audit';"],
      ['src/modules/identity/probe.ts', "import { ScheduledJob } from '../jobs';"],
      ['src/modules/identity/dto/probe.ts', "import { User } from '../entities/user.entity';"],
      ['src/modules/healthcare/scheduling/probe.ts', "import { AuditService } from '../../audit';"],
      [
        'src/modules/healthcare/scheduling/probe.ts',
        "import { PatientDataModule } from '../patient-data/patient-data.module';",
      ],
      ['src/modules/identity/probe.ts', "import { DomainError } from '../../common/errors/domain-error';"],
    ])
      expect(await refused(file, line), `${file}: ${line}`).toEqual([]);
  });
});

describe('composition roots import modules through their public surface', () => {
  it.each([
    ['src/app.module.ts', "import { IdentityModule } from './modules/identity/identity.module';"],
    ['src/entities.ts', "import { User } from './modules/identity/entities/user.entity';"],
    ['src/cli/job.ts', "import { JobRunner } from '../modules/jobs/job-runner';"],
  ])('%s: %s', async (file, line) => {
    const messages = await refused(file, line);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/composition root imports a module through its public surface/);
  });

  it('the surface and the entity lists pass', async () => {
    expect(
      await refused('src/app.module.ts', "import { IdentityModule } from './modules/identity';"),
    ).toEqual([]);
    expect(
      await refused('src/entities.ts', "import { X } from './modules/healthcare/scheduling/entities';"),
    ).toEqual([]);
    expect(await refused('src/cli/job.ts', "import { JobRunner } from '../modules/jobs';")).toEqual([]);
  });
});

describe('tests may import anything', () => {
  it('a deep import from a test passes', async () => {
    expect(
      await refused(
        'test/jobs/probe.test.ts',
        "import { JobRunner } from '../../src/modules/jobs/job-runner';",
      ),
    ).toEqual([]);
  });
});

// A patient's import sources. The auth token goes in encrypted (AES-256-GCM, bound to its row) and never
// comes back out: the column has no SELECT grant and the entity never selects it; hasToken says if one is set.
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, type ResolvedConfig } from '../../../common/config/config';
import { notFound } from '../../../common/errors/domain-error';
import { caller } from './caller';
import type { CreateImportSourceDto } from './dto/create-import-source.dto';
import type { ImportSourceQueryDto } from './dto/import-source-query.dto';
import type { ImportSourceDto, ImportSourcePageDto } from './dto/import-source.response.dto';
import type { UpdateImportSourceDto } from './dto/update-import-source.dto';
import { importSourceValues, toImportSourceDto } from './import-sources.mapper';
import { ImportSourcesRepository } from './import-sources.repository';
import { importTokenAad, SecretBox } from './secret-box';

@Injectable()
export class ImportSourcesService {
  private readonly box: SecretBox;

  constructor(
    private readonly importSources: ImportSourcesRepository,
    @Inject(APP_CONFIG) config: ResolvedConfig,
  ) {
    this.box = new SecretBox(config.DATA_ENCRYPTION_KEY);
  }

  async list(q: ImportSourceQueryDto): Promise<ImportSourcePageDto> {
    const { userId, orgId } = caller();
    const page = await this.importSources.list(userId, orgId, q);
    return { items: page.items.map(toImportSourceDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<ImportSourceDto> {
    const row = await this.importSources.findById(id);
    if (!row) throw notFound('import source');
    return toImportSourceDto(row);
  }

  /** The id is chosen here: the token's ciphertext is bound to it. */
  async create(dto: CreateImportSourceDto): Promise<ImportSourceDto> {
    const id = randomUUID();
    const authToken = dto.authToken ? this.box.seal(dto.authToken, importTokenAad(id)) : undefined;
    const row = await this.importSources.insert({
      ...importSourceValues(dto),
      id,
      patientId: caller().userId,
      authToken,
    });
    return toImportSourceDto(row);
  }

  /** authToken: a string replaces the stored token, null removes it, absent keeps it. */
  async update(id: string, dto: UpdateImportSourceDto): Promise<ImportSourceDto> {
    const values = importSourceValues(dto);
    if (dto.authToken === null) values.authToken = null;
    else if (dto.authToken !== undefined) values.authToken = this.box.seal(dto.authToken, importTokenAad(id));
    // An empty patch changes nothing: the row as it is (404 when it is not visible).
    const row = Object.keys(values).length
      ? await this.importSources.update(id, values)
      : await this.importSources.findById(id);
    if (!row) throw notFound('import source');
    return toImportSourceDto(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.importSources.delete(id))) throw notFound('import source');
  }
}

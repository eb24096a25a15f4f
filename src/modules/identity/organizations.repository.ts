// organizations: created at sign-up (service role); members read their own, admins rename it or change settings.
import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { repo } from '../../common/database/repository';
import { Organization } from './entities';

@Injectable()
export class OrganizationsRepository {
  /** Answers the new organization's id. */
  async create(name: string, slug: string): Promise<string> {
    const { identifiers } = await repo(Organization).insert({ name, slug });
    return (identifiers[0] as Pick<Organization, 'id'>).id;
  }

  find(id: string): Promise<Organization | null> {
    return repo(Organization).findOneBy({ id });
  }

  /**
   * Changes what is given; answers whether the organization was found (RLS: the caller may update it). With
   * nothing given it still runs the UPDATE, so updated_at moves as for any PATCH.
   */
  async update(id: string, changes: { name?: string; settings?: Record<string, unknown> }): Promise<boolean> {
    const set: QueryDeepPartialEntity<Organization> = {};
    if (changes.name !== undefined) set.name = changes.name;
    // jsonb: written as JSON; TypeORM's partial type has no room for an open object.
    if (changes.settings !== undefined)
      set.settings = changes.settings as QueryDeepPartialEntity<Record<string, unknown>>;
    if (!Object.keys(set).length) set.name = () => 'name';
    const { affected } = await repo(Organization)
      .createQueryBuilder()
      .update()
      .set(set)
      .where({ id })
      .execute();
    return (affected ?? 0) > 0;
  }
}

import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { paginate, type Page } from '../../common/pagination';
import { MonitoringRule } from './entities';

export type NewMonitoringRule = Pick<MonitoringRule, 'name' | 'ruleType'> &
  Partial<Pick<MonitoringRule, 'threshold' | 'windowHours' | 'severity' | 'isActive'>>;
export type MonitoringRuleChange = Partial<
  Pick<MonitoringRule, 'name' | 'threshold' | 'windowHours' | 'severity' | 'isActive'>
>;

@Injectable()
export class MonitoringRulesRepository {
  list(f: { limit: number; cursor?: string }): Promise<Page<MonitoringRule>> {
    return paginate(repo(MonitoringRule).createQueryBuilder('rule'), f);
  }

  findById(id: string): Promise<MonitoringRule | null> {
    return repo(MonitoringRule).findOneBy({ id });
  }

  async create(rule: NewMonitoringRule): Promise<string> {
    const { identifiers } = await repo(MonitoringRule).insert(rule);
    return identifiers[0].id as string;
  }

  async update(id: string, change: MonitoringRuleChange): Promise<boolean> {
    if (!Object.keys(change).length) return (await this.findById(id)) !== null;
    return ((await repo(MonitoringRule).update({ id }, change)).affected ?? 0) > 0;
  }

  async remove(id: string): Promise<boolean> {
    return ((await repo(MonitoringRule).delete({ id })).affected ?? 0) > 0;
  }
}

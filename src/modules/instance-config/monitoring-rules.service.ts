import { Injectable } from '@nestjs/common';
import { notFound } from '../../common/errors/domain-error';
import type { Page } from '../../common/pagination';
import type {
  CreateMonitoringRuleDto,
  MonitoringRuleDto,
  UpdateMonitoringRuleDto,
} from './dto/monitoring-rule.dto';
import type { MonitoringRule } from './entities';
import { MonitoringRulesRepository } from './monitoring-rules.repository';
import { PlatformOperator } from './platform-operator';

export function toMonitoringRuleDto(r: MonitoringRule): MonitoringRuleDto {
  return {
    id: r.id,
    name: r.name,
    ruleType: r.ruleType,
    threshold: r.threshold,
    windowHours: r.windowHours,
    severity: r.severity,
    isActive: r.isActive,
    firing: r.firing,
    firedAt: r.firedAt,
    lastValue: r.lastValue === null ? null : Number(r.lastValue),
    lastEvaluatedAt: r.lastEvaluatedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

@Injectable()
export class MonitoringRulesService {
  constructor(
    private readonly operator: PlatformOperator,
    private readonly rules: MonitoringRulesRepository,
  ) {}

  async list(q: { limit: number; cursor?: string }): Promise<Page<MonitoringRuleDto>> {
    this.operator.assert();
    const { items, nextCursor } = await this.rules.list(q);
    return { items: items.map(toMonitoringRuleDto), nextCursor };
  }

  async get(id: string): Promise<MonitoringRuleDto> {
    this.operator.assert();
    const rule = await this.rules.findById(id);
    if (!rule) throw notFound('monitoring rule');
    return toMonitoringRuleDto(rule);
  }

  async create(dto: CreateMonitoringRuleDto): Promise<MonitoringRuleDto> {
    this.operator.assert();
    return this.get(await this.rules.create(dto));
  }

  async update(id: string, dto: UpdateMonitoringRuleDto): Promise<MonitoringRuleDto> {
    this.operator.assert();
    if (!(await this.rules.update(id, dto))) throw notFound('monitoring rule');
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    this.operator.assert();
    if (!(await this.rules.remove(id))) throw notFound('monitoring rule');
  }
}

// The instance's research-network connection (one row). The network API key is sealed with
// DATA_ENCRYPTION_KEY before it reaches the database and is never answered.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import { SecretBox } from '../../common/crypto/secret-box';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { repo } from '../../common/database/repository';
import type { NetworkConfigDto, PutNetworkConfigDto } from './dto/network-config.dto';
import { InstanceNetworkConfig } from './entities';
import { PlatformOperator } from './platform-operator';

export const NETWORK_API_KEY_AAD = 'instance_network_config.network_api_key';

function toDto(row: InstanceNetworkConfig | null): NetworkConfigDto {
  return {
    isConnectedToNetwork: row?.isConnectedToNetwork ?? false,
    dataContributionEnabled: row?.dataContributionEnabled ?? false,
    contributionRules: row?.contributionRules ?? {},
    lastContributionDate: row?.lastContributionDate ?? null,
    updatedAt: row?.updatedAt ?? null,
  };
}

@Injectable()
export class NetworkConfigService {
  private readonly box: SecretBox;

  constructor(
    private readonly operator: PlatformOperator,
    @Inject(APP_CONFIG) config: ResolvedConfig,
  ) {
    this.box = new SecretBox(config.DATA_ENCRYPTION_KEY);
  }

  private current(): Promise<InstanceNetworkConfig | null> {
    return repo(InstanceNetworkConfig).findOne({ where: {}, order: { createdAt: 'ASC' } });
  }

  async get(): Promise<NetworkConfigDto> {
    this.operator.assert();
    return toDto(await this.current());
  }

  async put(dto: PutNetworkConfigDto): Promise<NetworkConfigDto> {
    this.operator.assert();
    const change: Partial<InstanceNetworkConfig> = {};
    if (dto.isConnectedToNetwork !== undefined) change.isConnectedToNetwork = dto.isConnectedToNetwork;
    if (dto.dataContributionEnabled !== undefined)
      change.dataContributionEnabled = dto.dataContributionEnabled;
    if (dto.contributionRules !== undefined) change.contributionRules = dto.contributionRules;
    if (dto.networkApiKey !== undefined)
      change.networkApiKey =
        dto.networkApiKey === null ? null : this.box.seal(dto.networkApiKey, NETWORK_API_KEY_AAD);
    // jsonb values are written as JSON by TypeORM; its deep-partial type does not model Record<string, unknown>.
    const values = change as QueryDeepPartialEntity<InstanceNetworkConfig>;
    const existing = await this.current();
    if (existing) {
      if (Object.keys(change).length) await repo(InstanceNetworkConfig).update({ id: existing.id }, values);
    } else await repo(InstanceNetworkConfig).insert(values);
    return toDto(await this.current());
  }
}

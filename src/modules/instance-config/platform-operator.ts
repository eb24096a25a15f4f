// Instance configuration is operated by the platform organization only (PLATFORM_ORG_ID), as the jobs are:
// checked here against the configuration and again by RLS (app_private.is_platform_operator()).
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import { currentTransaction } from '../../common/context/request-context';
import { DomainError } from '../../common/errors/domain-error';

@Injectable()
export class PlatformOperator {
  constructor(@Inject(APP_CONFIG) private readonly config: ResolvedConfig) {}

  assert(): void {
    const { claims } = currentTransaction();
    if (!this.config.PLATFORM_ORG_ID || claims.org_id !== this.config.PLATFORM_ORG_ID)
      throw new DomainError('forbidden', 'The instance is configured by the platform organization only.');
  }
}

// The consent step: who is approving (a first-party session: its access token, or the account's email and
// password, which signs in as /api/auth/sign-in does), whether they may (a member of the organization that
// registered the app), and the grant recording what they approved.
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Provider } from 'oidc-provider';
import { APP_CONFIG, type ResolvedConfig } from '../../../common/config/config';
import type { Claims } from '../../../common/context/claims';
import { sha256 } from '../../../common/crypto/tokens';
import { RlsTransactions } from '../../../common/database/rls-transactions';
import { sqlFor } from '../../../common/database/sql';
import { DomainError } from '../../../common/errors/domain-error';
import { AuthService } from '../auth.service';
import { CredentialsService } from '../credentials.service';

export interface ConsentClient {
  client_id: string;
  name: string;
  org_id: string;
  org_name: string;
}

export type Approval =
  { ok: true; claims: Claims } | { ok: false; reason: 'credentials' | 'other_org' | 'rate_limited' };

export interface ConsentForm {
  action?: string;
  access_token?: string;
  email?: string;
  password?: string;
}

@Injectable()
export class OAuthConsent {
  constructor(
    private readonly tx: RlsTransactions,
    private readonly credentials: CredentialsService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  client(clientId: string): Promise<ConsentClient | undefined> {
    return this.tx.asService('oauth-consent', (m) =>
      sqlFor(m.queryRunner!).one<ConsentClient>(
        `SELECT c.client_id, c.name, c.org_id, o.name AS org_name
           FROM public.oauth_clients c JOIN public.organizations o ON o.id = c.org_id
          WHERE c.client_id = $1 AND c.disabled_at IS NULL`,
        [clientId],
      ),
    );
  }

  /** What each scope lets the app do, from the catalog (oauth_scopes). */
  async describe(names: string[]): Promise<Map<string, string>> {
    const rows = await this.tx.asService('oauth-consent', (m) =>
      sqlFor(m.queryRunner!).rows<{ name: string; description: string }>(
        `SELECT name, description FROM public.oauth_scopes WHERE name = ANY($1)`,
        [names],
      ),
    );
    return new Map(rows.map((r) => [r.name, r.description]));
  }

  /** The approving user's claims in the client's organization, or why they cannot approve. */
  async approver(req: FastifyRequest, form: ConsentForm, client: ConsentClient): Promise<Approval> {
    const header =
      req.headers.authorization ?? (form.access_token ? `Bearer ${form.access_token}` : undefined);
    let claims: Claims | undefined;
    if (header) {
      claims = await this.credentials.authenticate({
        ...req,
        headers: { authorization: header },
      } as FastifyRequest);
      // First-party sessions only: not an API key, not another app's token.
      if (!claims?.sid || !claims.sub) return { ok: false, reason: 'credentials' };
      if (claims.org_id !== client.org_id) return { ok: false, reason: 'other_org' };
    } else if (form.email && form.password) {
      // The sign-in's own abuse limits: a consent page is no way around them.
      if (!(await this.withinSignInLimits(req, form.email))) return { ok: false, reason: 'rate_limited' };
      let refused: Approval | undefined;
      const pair = await this.tx
        .asService('oauth-consent', () =>
          this.auth.signIn(form.email!, form.password!, client.org_id, {
            userAgent: req.headers['user-agent'],
            ip: req.ip,
          }),
        )
        .catch((err: unknown) => {
          if (!(err instanceof DomainError)) throw err;
          // Signed in, but not a member of the organization that registered the app.
          refused = { ok: false, reason: err.code === 'forbidden' ? 'other_org' : 'credentials' };
          return undefined;
        });
      if (!pair) return refused ?? { ok: false, reason: 'credentials' };
      claims = await this.credentials.authenticate({
        ...req,
        headers: { authorization: `Bearer ${pair.accessToken}` },
      } as FastifyRequest);
    }
    if (!claims?.sub || claims.org_id !== client.org_id) return { ok: false, reason: 'credentials' };
    // The session must still be live (the transaction's opening checks it).
    const live = await this.tx.run(claims, async () => true).catch(() => false);
    return live ? { ok: true, claims } : { ok: false, reason: 'credentials' };
  }

  /** Counts this attempt in the buckets POST /api/auth/sign-in uses (per IP, per account and IP). */
  private async withinSignInLimits(req: FastifyRequest, email: string): Promise<boolean> {
    const account = sha256(email.trim().toLowerCase()).toString('base64url');
    const checks: Array<[string, number]> = [
      [`auth.sign-in:ip:${req.ip}`, this.config.RATE_LIMIT_PER_IP],
      [`auth.sign-in:account:${account}:ip:${req.ip}`, this.config.RATE_LIMIT_PER_ACCOUNT],
    ];
    return this.tx.run({ role: 'anon', request_id: String(req.id) }, async (m) => {
      const db = sqlFor(m.queryRunner!);
      let allowed = true;
      for (const [bucket, limit] of checks) {
        const r = await db.returning<{ allowed: boolean }>(
          'SELECT allowed FROM app_private.hit_rate_limit($1, $2, $3)',
          [bucket, this.config.RATE_LIMIT_WINDOW_SECONDS, limit],
        );
        allowed &&= r.allowed;
      }
      return allowed;
    });
  }

  /** Records the approval: the requested scopes the client may have, for this user and client. */
  async grant(
    provider: Provider,
    accountId: string,
    clientId: string,
    scope: string,
    grantId?: string,
  ): Promise<string> {
    const existing = grantId ? await provider.Grant.find(grantId) : undefined;
    const grant =
      existing && existing.accountId === accountId ? existing : new provider.Grant({ accountId, clientId });
    grant.addOIDCScope(scope);
    return grant.save();
  }
}

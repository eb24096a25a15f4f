// How the authorization server is mounted: an encapsulated Fastify plugin whose routes hand Node's raw
// request and response to oidc-provider's callback (reply.hijack(): Fastify writes nothing for them). The
// plugin parses no bodies, so the provider reads the form posts itself. Next to it, in the same plugin: the
// consent page (server-rendered, /oauth/interaction/:uid) and SMART's /.well-known/smart-configuration.
// These routes are not Nest controllers and are not in the OpenAPI document: they are OAuth's own protocol,
// described by the discovery documents.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { clientSecretDigest } from './oauth.adapter';
import type { ConsentForm, OAuthConsent } from './oauth-consent';
import { escapeHtml, OAUTH_PATHS, OAuthServer } from './oauth.server';

const FORM_LIMIT = 16 * 1024;
/** The consent page posts to itself and then redirects to the app: no form-action limit, nothing else loads. */
const PAGE_CSP = "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'";
const BASIC = /^basic +(.+)$/i;

/**
 * oidc-provider compares a client's secret with the client's stored `client_secret`, which is only the SHA-256
 * of the real one: the Basic credentials are rewritten to that digest before the provider sees them.
 */
export function digestBasicCredentials(header: string | undefined): string | undefined {
  const m = header ? BASIC.exec(header) : null;
  if (!m) return header;
  const decoded = Buffer.from(m[1].trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return header;
  let secret: string;
  try {
    secret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, '%20'));
  } catch {
    return header;
  }
  const digest = encodeURIComponent(clientSecretDigest(secret));
  return `Basic ${Buffer.from(`${decoded.slice(0, colon)}:${digest}`).toString('base64')}`;
}

async function readForm(req: FastifyRequest): Promise<ConsentForm> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req.raw) {
    size += (chunk as Buffer).length;
    if (size > FORM_LIMIT) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) as ConsentForm;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>${body}</main></body></html>`;
}

export function registerOAuthRoutes(
  fastify: FastifyInstance,
  server: OAuthServer,
  consent: OAuthConsent,
): void {
  void fastify.register(async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', (_req, _payload, done) => done(null));

    const handOver = async (req: FastifyRequest, reply: FastifyReply) => {
      reply.hijack();
      const raw = reply.raw;
      for (const [name, value] of Object.entries(reply.getHeaders()))
        if (name !== 'content-security-policy' && value !== undefined) raw.setHeader(name, value as string);
      // SMART apps ask for offline_access without prompt=consent, which oidc-provider would then drop; the
      // consent page is shown for every new grant here anyway.
      if (req.raw.url?.startsWith(`${OAUTH_PATHS.authorization}?`)) {
        const url = new URL(req.raw.url, 'http://x');
        if (
          url.searchParams.get('scope')?.split(' ').includes('offline_access') &&
          !url.searchParams.has('prompt')
        ) {
          url.searchParams.set('prompt', 'consent');
          req.raw.url = `${url.pathname}${url.search}`;
        }
      }
      if (req.raw.headers.authorization)
        req.raw.headers.authorization = digestBasicCredentials(req.raw.headers.authorization);
      try {
        await server.callback(req.raw, raw);
      } catch (err) {
        req.log.error({ err }, 'oauth callback failed');
        if (!raw.headersSent) {
          raw.statusCode = 500;
          raw.setHeader('content-type', 'application/json');
          raw.end(JSON.stringify({ error: 'server_error' }));
        }
      }
    };

    app.get('/.well-known/smart-configuration', async (_req, reply) => {
      const provider = await server.get();
      const scopes = await server.scopeCatalog();
      const issuer = server.issuer;
      void provider;
      return reply.header('cache-control', 'public, max-age=300').send({
        issuer,
        jwks_uri: `${issuer}${OAUTH_PATHS.jwks}`,
        authorization_endpoint: `${issuer}${OAUTH_PATHS.authorization}`,
        token_endpoint: `${issuer}${OAUTH_PATHS.token}`,
        introspection_endpoint: `${issuer}${OAUTH_PATHS.introspection}`,
        revocation_endpoint: `${issuer}${OAUTH_PATHS.revocation}`,
        userinfo_endpoint: `${issuer}${OAUTH_PATHS.userinfo}`,
        grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
        response_types_supported: ['code'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'none'],
        scopes_supported: scopes,
        code_challenge_methods_supported: ['S256'],
        capabilities: [
          'launch-standalone',
          'client-public',
          'client-confidential-symmetric',
          'context-standalone-patient',
          'permission-offline',
          'permission-patient',
          'permission-user',
          'permission-v2',
          'sso-openid-connect',
        ],
      });
    });
    app.get('/.well-known/openid-configuration', handOver);
    app.all('/oauth/*', handOver);

    app.get<{ Params: { uid: string } }>('/oauth/interaction/:uid', async (req, reply) => {
      const provider = await server.get();
      const details = await provider.interactionDetails(req.raw, reply.raw).catch(() => undefined);
      reply.header('content-security-policy', PAGE_CSP).type('text/html; charset=utf-8');
      if (!details || details.uid !== req.params.uid)
        return reply
          .code(400)
          .send(page('Authorization', '<h1>This request has expired</h1><p>Start again from the app.</p>'));
      const clientId = String(details.params.client_id);
      const client = await consent.client(clientId);
      const scopes = String(details.params.scope ?? '')
        .split(' ')
        .filter(Boolean);
      const action = `/oauth/interaction/${encodeURIComponent(details.uid)}`;
      const described = await consent.describe(scopes);
      return reply.send(
        page(
          'Authorize app',
          `<h1>${escapeHtml(client?.name ?? clientId)} wants access to your Carebase account</h1>` +
            `<p>Registered by ${escapeHtml(client?.org_name ?? 'an unknown organization')}. It asks to:</p>` +
            `<ul id="scopes">${scopes
              .map(
                (s) =>
                  `<li data-scope="${escapeHtml(s)}">${escapeHtml(described.get(s) ?? s)} <code>${escapeHtml(s)}</code></li>`,
              )
              .join('')}</ul>` +
            `<form method="post" action="${action}">` +
            `<label>Email <input name="email" type="email" autocomplete="username"></label> ` +
            `<label>Password <input name="password" type="password" autocomplete="current-password"></label> ` +
            `<button type="submit" name="action" value="approve" id="approve">Approve</button> ` +
            `<button type="submit" name="action" value="deny" id="deny">Deny</button>` +
            `</form>`,
        ),
      );
    });

    app.post<{ Params: { uid: string } }>('/oauth/interaction/:uid', async (req, reply) => {
      const provider = await server.get();
      const form = await readForm(req).catch(() => undefined);
      const details = await provider.interactionDetails(req.raw, reply.raw).catch(() => undefined);
      reply.header('content-security-policy', PAGE_CSP).type('text/html; charset=utf-8');
      if (!form || !details || details.uid !== req.params.uid)
        return reply
          .code(400)
          .send(page('Authorization', '<h1>This request has expired</h1><p>Start again from the app.</p>'));
      const finish = async (result: Parameters<typeof provider.interactionFinished>[2]) => {
        reply.hijack();
        await provider.interactionFinished(req.raw, reply.raw, result, { mergeWithLastSubmission: false });
      };
      if (form.action === 'deny')
        return finish({ error: 'access_denied', error_description: 'The user denied the request.' });
      const clientId = String(details.params.client_id);
      const client = await consent.client(clientId);
      if (!client) return finish({ error: 'access_denied', error_description: 'The app is not registered.' });
      const approval = await consent.approver(req, form, client);
      if (!approval.ok) {
        if (approval.reason === 'rate_limited')
          return reply
            .code(429)
            .send(
              page(
                'Authorize app',
                '<h1>Too many attempts</h1><p>Wait a while, then start again from the app.</p>',
              ),
            );
        if (approval.reason === 'other_org')
          return finish({
            error: 'access_denied',
            error_description: 'The app belongs to another organization.',
          });
        return reply
          .code(401)
          .send(
            page('Authorize app', '<h1>Sign-in failed</h1><p>Go back and check your email and password.</p>'),
          );
      }
      const { claims } = approval;
      const grantId = await consent.grant(
        provider,
        claims.sub!,
        clientId,
        String(details.params.scope ?? ''),
        details.grantId,
      );
      return finish({ login: { accountId: claims.sub! }, consent: { grantId } });
    });
  });
}

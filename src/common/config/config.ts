// The one configuration schema. Read and validated once at boot (loadConfig); every consumer, ormconfig.ts
// included, takes the same validated object. Secrets are listed in SECRET_KEYS so logs can mask them.
import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : ['true', '1', 'yes'].includes(String(value).toLowerCase())
      ? true
      : ['false', '0', 'no'].includes(String(value).toLowerCase())
        ? false
        : value;
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

const PG_URL = /^postgres(ql)?:\/\/.+/;
const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;
// Credentials percent-encoded; a bracketed IPv6 host allowed.
const SMTP_URL = /^smtps?:\/\/([^\s/?#@]+@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?\/?$/;
const ADDRESS = '[^\\s<>@",;]+@[A-Za-z0-9.-]+';
const MAIL_ADDRESS = new RegExp(`^(${ADDRESS}|[^<>\\r\\n",;]{1,200} <${ADDRESS}>)$`);

export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  /** Owner (or superuser) connection: runs migrations and, unless DATABASE_APP_URL is set, creates the roles. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(PG_URL, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;

  /** Existing login role for managed deployments where the app may not create roles. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(PG_URL, { message: 'must be a postgres:// URL' })
  DATABASE_APP_URL?: string;

  @Matches(IDENT, { message: 'must be a lower-case SQL identifier' })
  DATABASE_APP_ROLE = 'carebase_authenticator';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(12)
  DATABASE_APP_PASSWORD?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Transform(toBool)
  @IsBoolean()
  DATABASE_SSL = false;

  /**
   * Named (prepared) statements for the app's own SQL. false behind a pooler in transaction mode that does not
   * track them (PgBouncer before 1.21): each statement is then parsed and planned every time.
   */
  @Transform(toBool)
  @IsBoolean()
  DATABASE_PREPARED_STATEMENTS = true;

  /**
   * A direct connection (same login role) for LISTEN, when the app's connections go through a pooler in
   * transaction mode, which cannot hold a listening session. Unset: the app's own URL.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  DATABASE_LISTEN_URL?: string;

  @IsString()
  EMBEDDED_PG_DIR = '.data/postgres';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @IsString()
  EMBEDDED_PG_DATABASE = 'carebase';

  @Transform(toBool)
  @IsBoolean()
  MIGRATIONS_RUN = true;

  /** HMAC key for access tokens (HS256). At least 32 characters. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(3600)
  @Max(90 * 24 * 3600)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

  /** log2 of the scrypt cost parameter N (memory = 128 * N * r bytes; 15 => 32 MiB with r=8). */
  @Transform(toInt)
  @IsInt()
  @Min(14)
  @Max(20)
  PASSWORD_SCRYPT_LOG2N = 15;

  /** 32-byte key, base64, for secrets encrypted at rest (AES-256-GCM). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be 32 bytes, base64' })
  DATA_ENCRYPTION_KEY?: string;

  /**
   * smtp: through SMTP_URL. log: each mail's recipient, kind and subject are logged and nothing is sent
   * (development and tests; refused in production). Unset: smtp in production, log otherwise.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(['smtp', 'log'])
  MAIL_TRANSPORT?: 'smtp' | 'log';

  /** smtps://user:password@host:465, or smtp://user:password@host:587 (STARTTLS required unless on this host). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(SMTP_URL, {
    message: 'must be an smtp:// or smtps:// URL with a host, an optional port and no path or query',
  })
  SMTP_URL?: string;

  /** The sender of every mail: an address, or "Name <address>". */
  @Transform(emptyToUndefined)
  @IsOptional()
  @MaxLength(320)
  @Matches(MAIL_ADDRESS, { message: 'must be an address or "Name <address>"' })
  MAIL_FROM?: string;

  @IsString()
  @MaxLength(2000)
  PUBLIC_BASE_URL = 'http://localhost:3000';

  /**
   * The bearer token GET /metrics requires (Prometheus text format). Unset: /metrics answers 404. At least 32
   * characters; compared in constant time.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  @MaxLength(512)
  METRICS_TOKEN?: string;

  /** Comma-separated origins allowed by CORS; empty = no cross-origin access. */
  @IsString()
  CORS_ORIGINS = '';

  /**
   * Which proxies' X-Forwarded-For to believe for the client IP (rate limits, audit): empty = none (the socket's
   * peer is the client), `true` = any, a number = that many hops, or comma-separated addresses/CIDRs.
   */
  @Matches(/^(|true|\d{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/, {
    message: 'must be empty, true, a hop count or addresses/CIDRs',
  })
  TRUST_PROXY = '';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(10 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  @Transform(toBool)
  @IsBoolean()
  SCHEDULER_ENABLED = true;

  /**
   * The organization that operates this instance: its admins and ops may see and run the instance-wide
   * scheduled jobs. Unset: nobody may, through the API (the ops command `npm run job` still works).
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'must be a UUID' })
  PLATFORM_ORG_ID?: string;

  /** Abuse limits on unauthenticated routes (sign-in, sign-up, refresh, password reset): hits per window, per IP. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  RATE_LIMIT_PER_IP = 60;

  /** The same, per account (the email in the body), across all IPs. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  RATE_LIMIT_PER_ACCOUNT = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400)
  RATE_LIMIT_WINDOW_SECONDS = 300;

  /** How long a provider's emergency (break-the-glass) access to a patient outside their care team lasts. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(240)
  BREAK_GLASS_MINUTES = 60;

  /** Signing secret of the Stripe webhook endpoint (whsec_...). Unset: POST /api/webhooks/stripe answers 503. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^whsec_[A-Za-z0-9+/=_-]{8,}$/, { message: 'must be a Stripe webhook secret (whsec_...)' })
  STRIPE_WEBHOOK_SECRET?: string;

  /** Stripe API key (sk_... or rk_...), for outbound Stripe calls. Optional. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^(sk|rk)_(test|live)_[A-Za-z0-9]{8,}$/, {
    message: 'must be a Stripe secret key (sk_... or rk_...)',
  })
  STRIPE_SECRET_KEY?: string;

  /** The companion app's pro plan: its Stripe Price (price_...). Unset: /api/stripe/checkout-session answers 503. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^price_[A-Za-z0-9]{1,250}$/, { message: 'must be a Stripe price id (price_...)' })
  STRIPE_PRO_PRICE_ID?: string;

  /** Where the Stripe API is (a local fake or stripe-mock in tests); unset: Stripe's own (https://api.stripe.com). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+\/?$/, { message: 'must be an http(s) origin' })
  STRIPE_API_URL?: string;

  /** An OpenAI-compatible endpoint (…/v1). Unset: offline (local embedder, rule-based writer; chat answers 503). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be an http(s) URL' })
  @MaxLength(2000)
  AI_BASE_URL?: string;

  /** Bearer key of AI_BASE_URL (optional for local servers). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  AI_API_KEY?: string;

  /** The chat model; chat needs it (with AI_BASE_URL). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[\w.:/@-]{1,200}$/, { message: 'must be a model name' })
  AI_CHAT_MODEL?: string;

  /** The embedding model. Unset: the local lexical embedder. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[\w.:/@-]{1,200}$/, { message: 'must be a model name' })
  AI_EMBEDDING_MODEL?: string;

  /** Dimension of every embedding (the embedding model's, or the lexical embedder's). */
  @Transform(toInt)
  @IsInt()
  @Min(8)
  @Max(4096)
  AI_EMBEDDING_DIMENSIONS = 256;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  AI_TIMEOUT_MS = 30_000;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  AI_MAX_RETRIES = 2;

  /** Tokens an organization may spend per UTC day; 0 = no limit. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  AI_DAILY_TOKEN_BUDGET = 0;

  /** Memory of the vector search's in-process index (MiB). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65_536)
  AI_VECTOR_CACHE_MB = 256;

  /**
   * Where the audit export job writes the archived audit rows (gzip NDJSON files and manifests) while no S3
   * bucket is set: a local folder, created when missing.
   */
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  AUDIT_EXPORT_DIR = '.data/audit-exports';

  /** An S3 bucket for the audit export: when set, files go there instead of AUDIT_EXPORT_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be an S3 bucket name' })
  AUDIT_EXPORT_S3_BUCKET?: string;

  /** An S3-compatible endpoint (MinIO, Ceph, R2...); unset: AWS's own for the region. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+\/?$/, { message: 'must be an http(s) origin' })
  AUDIT_EXPORT_S3_ENDPOINT?: string;

  @Matches(/^[a-z0-9-]{1,50}$/, { message: 'must be a region name' })
  AUDIT_EXPORT_S3_REGION = 'us-east-1';

  /** Key prefix inside the bucket (or sub-folder of the export folder). */
  @Matches(/^([A-Za-z0-9._-]+\/)*$/, { message: 'must be empty or path segments ending in /' })
  @MaxLength(200)
  AUDIT_EXPORT_PREFIX = 'audit/';

  /** Path-style URLs (endpoint/bucket/key), which MinIO-like servers need; AWS takes virtual-hosted style. */
  @Transform(toBool)
  @IsBoolean()
  AUDIT_EXPORT_S3_FORCE_PATH_STYLE = false;

  /** Static credentials; unset: the SDK's default chain (environment, profile, instance role). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  AUDIT_EXPORT_S3_ACCESS_KEY_ID?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  AUDIT_EXPORT_S3_SECRET_ACCESS_KEY?: string;
}

export const SECRET_KEYS: ReadonlyArray<keyof AppConfig> = [
  'DATABASE_URL',
  'DATABASE_APP_URL',
  'DATABASE_LISTEN_URL',
  'DATABASE_APP_PASSWORD',
  'JWT_SECRET',
  'DATA_ENCRYPTION_KEY',
  'STRIPE_WEBHOOK_SECRET',
  'STRIPE_SECRET_KEY',
  'SMTP_URL',
  'AI_API_KEY',
  'METRICS_TOKEN',
  'AUDIT_EXPORT_S3_SECRET_ACCESS_KEY',
];

/** TRUST_PROXY as Fastify's trustProxy option. */
export function trustProxyOption(value: string): boolean | number | string[] {
  if (!value) return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((v) => v.trim());
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

// Development-only defaults for secrets. Production refuses to start without real values.
const DEV_JWT_SECRET = 'carebase-development-only-jwt-secret-change-me';
const DEV_APP_PASSWORD = 'carebase-dev-login-password';
const DEV_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

export type ResolvedConfig = Readonly<
  AppConfig & {
    JWT_SECRET: string;
    DATA_ENCRYPTION_KEY: string;
    DATABASE_APP_PASSWORD: string;
    MAIL_TRANSPORT: 'smtp' | 'log';
  }
>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ResolvedConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, unknown> = {};
  for (const key of known) if (env[key] !== undefined) raw[key] = env[key];
  const cfg = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(cfg, { whitelist: true, forbidUnknownValues: true });
  const problems = errors.map((e) => {
    const secret = (SECRET_KEYS as string[]).includes(e.property);
    const shown = secret ? '<redacted>' : JSON.stringify(e.value);
    return `${e.property}=${shown}: ${Object.values(e.constraints ?? {}).join('; ')}`;
  });
  if (cfg.NODE_ENV === 'production') {
    if (!cfg.JWT_SECRET) problems.push('JWT_SECRET: required in production');
    if (!cfg.DATA_ENCRYPTION_KEY) problems.push('DATA_ENCRYPTION_KEY: required in production');
    if (!cfg.DATABASE_URL)
      problems.push('DATABASE_URL: required in production (the embedded database is for development)');
    if (!cfg.DATABASE_APP_URL && !cfg.DATABASE_APP_PASSWORD)
      problems.push('DATABASE_APP_PASSWORD: required in production when DATABASE_APP_URL is not set');
  }
  const production = cfg.NODE_ENV === 'production';
  const mailTransport = cfg.MAIL_TRANSPORT ?? (production ? 'smtp' : 'log');
  if (production && mailTransport === 'log')
    problems.push(
      'MAIL_TRANSPORT=log: development only (no mail is sent); in production set MAIL_TRANSPORT=smtp with SMTP_URL and MAIL_FROM',
    );
  if (production || mailTransport === 'smtp') {
    const when = production ? 'in production' : 'when MAIL_TRANSPORT=smtp';
    if (!cfg.SMTP_URL)
      problems.push(`SMTP_URL: required ${when}, e.g. smtps://user:password@smtp.example.org:465`);
    if (!cfg.MAIL_FROM) problems.push(`MAIL_FROM: required ${when}, e.g. Carebase <no-reply@example.org>`);
  }
  if (problems.length) throw new ConfigError(problems);
  return Object.freeze({
    ...cfg,
    MAIL_TRANSPORT: mailTransport,
    JWT_SECRET: cfg.JWT_SECRET ?? DEV_JWT_SECRET,
    DATA_ENCRYPTION_KEY: cfg.DATA_ENCRYPTION_KEY ?? DEV_ENCRYPTION_KEY,
    DATABASE_APP_PASSWORD: cfg.DATABASE_APP_PASSWORD ?? DEV_APP_PASSWORD,
  }) as ResolvedConfig;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

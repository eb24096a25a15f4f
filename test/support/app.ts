// The real application on a real port, against a test file's own database. Requests go over HTTP (fetch).
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { MailTransport, type MailMessage } from '../../src/common/mail/mailer';
import { createApp } from '../../src/create-app';
import type { TestDb } from './db';

export class CapturingMailTransport extends MailTransport {
  readonly sent: MailMessage[] = [];
  async deliver(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
  /** The token of the newest mail of a kind to an address; waits briefly, as mail goes out after commit. */
  async tokenFor(to: string, kind: string): Promise<string> {
    for (let i = 0; i < 50; i++) {
      const found = [...this.sent].reverse().find((m) => m.to === to && m.kind === kind);
      if (found?.data?.token) return found.data.token;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no ${kind} mail to ${to}`);
  }
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TestApp {
  app: NestFastifyApplication;
  url: string;
  /** Mail the app sent, unless it was started with its configured transport. */
  mail: CapturingMailTransport;
  request<T = any>(method: string, path: string, opts?: { token?: string; body?: unknown; headers?: Record<string, string>; raw?: string }): Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

export interface StartAppOptions {
  /** 'configured': the transport db.config names (MAIL_TRANSPORT, SMTP_URL), instead of capturing mail. */
  mail?: 'capture' | 'configured';
  /** The root logger; by default one on stdout at the config's LOG_LEVEL. */
  logger?: Logger;
}

export async function startApp(db: TestDb, options: StartAppOptions = {}): Promise<TestApp> {
  const mail = new CapturingMailTransport();
  const app = await createApp({
    config: db.config,
    appUrl: db.appUrl,
    mailTransport: options.mail === 'configured' ? undefined : mail,
    logger: options.logger,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    url,
    mail,
    async request(method, path, opts = {}) {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      let body: string | undefined = opts.raw;
      if (opts.body !== undefined) {
        headers['content-type'] ??= 'application/json';
        body = JSON.stringify(opts.body);
      }
      const res = await fetch(`${url}${path}`, { method, headers, body });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON */
      }
      return { status: res.status, body: parsed as any, headers: res.headers };
    },
    close: () => app.close(),
  };
}

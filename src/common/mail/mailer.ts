// The pluggable mailer. Messages are handed over only after the transaction commits (afterCommit), so a
// rolled-back sign-up sends nothing and no request transaction waits on an outbound call. The transport is
// SMTP (smtp-mail.transport.ts) or, in development and tests, the log (log-mail.transport.ts).
import { Injectable } from '@nestjs/common';
import { afterCommit } from '../context/request-context';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Machine-readable kind, e.g. email_verification; lets transports pick a template. */
  kind: string;
  /** Values a template needs (a token, a link). Never logged, by any transport. */
  data?: Record<string, string>;
}

export abstract class MailTransport {
  abstract deliver(message: MailMessage): Promise<void>;
}

@Injectable()
export class Mailer {
  constructor(private readonly transport: MailTransport) {}

  /** Queues the message for delivery once the current transaction commits. */
  sendAfterCommit(message: MailMessage): void {
    afterCommit(() => this.transport.deliver(message));
  }
}

// The pluggable mailer. Messages are handed over only after the transaction commits (afterCommit), so a
// rolled-back sign-up sends nothing and no request transaction waits on an outbound call.
import { Injectable, Logger } from '@nestjs/common';
import { afterCommit } from '../context/request-context';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Machine-readable kind, e.g. email_verification; lets transports pick a template. */
  kind: string;
  /** Values a template needs (a token, a link). Never logged in production transports. */
  data?: Record<string, string>;
}

export abstract class MailTransport {
  abstract deliver(message: MailMessage): Promise<void>;
}

/** Development transport: writes the message to the log. */
@Injectable()
export class LogMailTransport extends MailTransport {
  private readonly logger = new Logger('Mail');
  async deliver(message: MailMessage): Promise<void> {
    this.logger.log({
      msg: 'mail (development transport)',
      to: message.to,
      subject: message.subject,
      kind: message.kind,
      text: message.text,
    });
  }
}

@Injectable()
export class Mailer {
  constructor(private readonly transport: MailTransport) {}

  /** Queues the message for delivery once the current transaction commits. */
  sendAfterCommit(message: MailMessage): void {
    afterCommit(() => this.transport.deliver(message));
  }
}

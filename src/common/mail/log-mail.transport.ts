// Development and test transport: notes each mail in the log. Only who, what kind and which subject: the text
// and data carry the tokens of verification, password-reset and invitation links, and a log is read by more
// people, and kept longer, than a mailbox. Production refuses this transport (config.ts).
import { Injectable, Logger } from '@nestjs/common';
import { MailTransport, type MailMessage } from './mailer';

@Injectable()
export class LogMailTransport extends MailTransport {
  private readonly logger = new Logger('Mail');

  async deliver(message: MailMessage): Promise<void> {
    this.logger.log({
      msg: 'mail (development transport)',
      to: message.to,
      kind: message.kind,
      subject: message.subject,
    });
  }
}

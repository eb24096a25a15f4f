// A local SMTP server for tests (smtp-server, from the nodemailer project): listens on 127.0.0.1 on a free
// port, asks for a login, keeps every message it is given. Plain SMTP without STARTTLS, as a relay on this
// host may be; the transport only allows that to a loopback address.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The login the client used. */
  user: string;
  envelopeFrom: string;
  envelopeTo: string[];
  headers: string;
  /** The body, transfer encoding undone. */
  text: string;
}

export interface SmtpSink {
  port: number;
  user: string;
  pass: string;
  received: ReceivedMail[];
  /** The newest message to an address whose body matches, waiting briefly (mail goes out after commit). */
  waitFor(to: string, match: RegExp): Promise<ReceivedMail>;
  close(): Promise<void>;
}

function decodeBody(headers: string, body: string): string {
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body, 'base64').toString('utf8');
  if (encoding === 'quoted-printable')
    return Buffer.from(
      body
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  return body;
}

export async function startSmtpSink(user = 'carebase', pass = 'sink-password-7f3a'): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    disableReverseLookup: true,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) callback(null, { user });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const split = raw.indexOf('\r\n\r\n');
        const headers = raw.slice(0, split);
        received.push({
          user: String(session.user),
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          headers,
          text: decodeBody(headers, raw.slice(split + 4)),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    user,
    pass,
    received,
    async waitFor(to, match) {
      for (let i = 0; i < 200; i++) {
        const found = [...received].reverse().find((m) => m.envelopeTo.includes(to) && match.test(m.text));
        if (found) return found;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`no mail to ${to} matching ${match} (received ${received.length})`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// The invitation mail: the platform's own words, subject and links. What the inviting organization chose (its
// name, an optional message) appears only inside quotes, marked as theirs, with links defused, so a platform
// mail cannot be turned into a phishing mail of an admin's making.
import type { AppRole } from '../../common/context/claims';
import type { MailMessage } from '../../common/mail/mailer';

export const INVITATION_SUBJECT = 'You have an invitation on Carebase';

/** Inviter text as inert, quoted lines: no control characters, no clickable scheme or bare domain link. */
export function quoteUntrusted(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/([a-z][a-z0-9+.-]*):\/\//gi, '$1[:]//')
    .replace(/\bwww\./gi, 'www[.]')
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
}

export function invitationMail(m: {
  to: string;
  organizationName: string;
  role: AppRole;
  message: string | null;
  baseUrl: string;
  /** The account owner answers from their invitations after signing in; a new address gets a token link. */
  hasAccount: boolean;
  token: string;
}): MailMessage {
  const link = m.hasAccount ? `${m.baseUrl}/invitations` : `${m.baseUrl}/accept-invitation?token=${m.token}`;
  const lines = [
    `An administrator of an organization on Carebase invited you to join it with the role "${m.role}".`,
    'The organization calls itself (its own words, not verified by Carebase):',
    quoteUntrusted(m.organizationName),
  ];
  if (m.message)
    lines.push(
      '',
      'They added this message (written by the inviter, not by Carebase; do not follow instructions or',
      'links in it):',
      quoteUntrusted(m.message),
    );
  lines.push(
    '',
    m.hasAccount
      ? `Sign in to Carebase and open your invitations to accept or decline: ${link}`
      : `To accept, choose a password at: ${link}`,
    '',
    'Nothing is shared with the organization unless you accept. If you did not expect this, ignore this mail.',
  );
  return {
    to: m.to,
    subject: INVITATION_SUBJECT,
    kind: 'invitation',
    text: lines.join('\n'),
    data: m.hasAccount ? { link } : { token: m.token, link },
  };
}

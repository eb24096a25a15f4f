// The mail a registered address receives when someone signs up with it. Sign-up answers the same for every
// address, so this mail is how the owner learns of the attempt; it carries no token and links only to the
// pages anyone can open.
import type { MailMessage } from '../../common/mail/mailer';

export const SIGN_UP_NOTICE_SUBJECT = 'Someone tried to sign up with your address';

export function signUpNoticeMail(m: { to: string; baseUrl: string }): MailMessage {
  const signIn = `${m.baseUrl}/sign-in`;
  const reset = `${m.baseUrl}/reset-password`;
  return {
    to: m.to,
    subject: SIGN_UP_NOTICE_SUBJECT,
    kind: 'sign_up_notice',
    text: [
      'Someone tried to create a Carebase account with this email address, which already has one.',
      'No new account was created and nothing about your account has changed.',
      '',
      `If it was you, sign in: ${signIn}`,
      `If you forgot your password, reset it: ${reset}`,
      '',
      'If it was not you, you can ignore this mail.',
    ].join('\n'),
    data: { signInLink: signIn, resetLink: reset },
  };
}

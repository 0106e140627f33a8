import nodemailer from 'nodemailer';

/** One mail as Tandem composes it; the transport adds nothing but the envelope. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `<id@host>`: the same for every attempt at the same mail, so a resend is recognisable. */
  messageId: string;
  headers?: Record<string, string>;
  /** An iCalendar file, attached as `session.ics` with its METHOD. */
  ics?: { content: string; method: string };
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

export interface SmtpSettings {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`. */
  smtpUrl: string;
  /** `Tandem <no-reply@example.org>` or a bare address. */
  from: string;
}

/**
 * Sends over SMTP with nodemailer. Timeouts stay well under the worker's lease, so a stuck
 * server fails the attempt (and it is retried) instead of letting a second worker claim the
 * reminder while this one is still talking.
 */
export function createSmtpMailer({ smtpUrl, from }: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: mail.headers,
        ...(mail.ics
          ? {
              attachments: [
                {
                  filename: 'session.ics',
                  content: mail.ics.content,
                  contentType: `text/calendar; charset=utf-8; method=${mail.ics.method}`,
                },
              ],
            }
          : {}),
      });
      return { messageId: info.messageId };
    },
  };
}

import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpListener {
  /** `smtp://127.0.0.1:<port>` for the mailer. */
  url: string;
  /** Raw messages accepted so far, in arrival order. */
  raw: Buffer[];
  /** How many deliveries were refused (see `refuseFirst`). */
  refused: number;
  parsed(): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a random local port that keeps what it receives. `refuseFirst` answers
 * the first N deliveries with a temporary failure (451), as a busy mail server does.
 */
export async function startSmtpListener({ refuseFirst = 0 } = {}): Promise<SmtpListener> {
  let toRefuse = refuseFirst;
  const listener: SmtpListener = {
    url: '',
    raw: [],
    refused: 0,
    parsed: () => Promise.all(listener.raw.map((raw) => simpleParser(raw))),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (toRefuse > 0) {
          toRefuse -= 1;
          listener.refused += 1;
          const error = Object.assign(new Error('Busy, try again later'), { responseCode: 451 });
          return callback(error);
        }
        listener.raw.push(Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  listener.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return listener;
}

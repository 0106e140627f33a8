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
  /** With `holdFirst`: resolves once the first delivery's data has arrived (and is left unanswered). */
  firstHeld: Promise<void>;
  parsed(): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a random local port that keeps what it receives. `refuseFirst` answers
 * the first N deliveries with a temporary failure (451), as a busy mail server does.
 * `holdFirst` never answers the first delivery, so its sender is caught mid-send.
 */
export async function startSmtpListener({
  refuseFirst = 0,
  holdFirst = false,
} = {}): Promise<SmtpListener> {
  let toRefuse = refuseFirst;
  let toHold = holdFirst;
  let markHeld = () => {};
  const firstHeld = new Promise<void>((resolve) => {
    markHeld = resolve;
  });
  const listener: SmtpListener = {
    url: '',
    raw: [],
    refused: 0,
    firstHeld,
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
        if (toHold) {
          toHold = false;
          markHeld();
          return;
        }
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

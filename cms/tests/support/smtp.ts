import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type Received = { envelopeTo: string[]; mail: ParsedMail };

/** A real SMTP server on a free port (or on `port`, to bring one back) that keeps every mail it is sent; `env` points a CMS at it. */
export const startSmtp = async ({ port: wanted = 0 } = {}) => {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(wanted, '127.0.0.1', resolve));
  // A server listening on a TCP port reports its address as an AddressInfo.
  const { port } = server.server.address() as AddressInfo;

  /** The first mail received from `from` on (an index into `received`) whose subject matches, waiting up to five seconds. */
  const waitForMail = async (subject: RegExp, from = 0) => {
    for (let waited = 0; waited < 5000; waited += 25) {
      const hit = received.slice(from).find((r) => subject.test(r.mail.subject ?? ''));
      if (hit) return hit;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`no mail matched ${subject}; received ${JSON.stringify(received.map((r) => r.mail.subject))}`);
  };

  return {
    port,
    received,
    waitForMail,
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false' },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

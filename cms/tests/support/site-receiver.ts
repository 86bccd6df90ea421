import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { Eviction } from '../../src/site/eviction';

/** The website's webhook sends the eviction; any other keeps Strapi's body, with the entry. */
export type Webhook = {
  headers: IncomingHttpHeaders;
  body: { event: string; model?: string; documentId?: string; eviction?: Eviction; entry?: { documentId?: string; slug?: string } };
};

/**
 * A stand-in for the website's revalidation endpoint: it keeps every webhook the CMS sends.
 * `env` points a CMS at it.
 */
export const startSiteReceiver = async () => {
  const received: Webhook[] = [];
  const site = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(body) });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const address = site.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  /** The first webhook that matches (by itself, or by its place in the order received), waiting up to five seconds for it. */
  const waitFor = async (match: (webhook: Webhook, index: number) => boolean) => {
    for (let waited = 0; waited < 5000; waited += 25) {
      const hit = received.find(match);
      if (hit) return hit;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`no webhook matched; received ${JSON.stringify(received.map((webhook) => [webhook.body.event, webhook.body.model]))}`);
  };

  return {
    received,
    waitFor,
    env: { SITE_REVALIDATE_URL: `http://127.0.0.1:${port}/api/revalidate`, REVALIDATE_SECRET: 'geheim-und-lang-genug' },
    close: () => site.close(),
  };
};

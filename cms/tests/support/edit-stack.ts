import { asAutor, asRedaktion } from './admin';
import { startCms } from './cms';
import { startSiteReceiver } from './site-receiver';
import { startSmtp } from './smtp';

export const EDIT_TOKEN = 'website-edits-test-token-0123456789abcdef';
export const EDIT_LINK_SECRET = 'edit-link-secret-for-tests-0123456789';
/** buergermeisterhof's private address, where its edit links and rejections go. */
export const PRIVATE_EMAIL = 'vorstand@buergermeisterhof.example';

/**
 * What the edit-link tests run against: a CMS with the site's EDIT_TOKEN, a real SMTP server, a
 * site receiving the webhooks, buergermeisterhof with a private address, and the Redaktion and the
 * Autor signed in; `logged` collects every line the CMS logs.
 */
export const startEditStack = async (env: Record<string, string> = {}) => {
  const smtp = await startSmtp();
  const site = await startSiteReceiver();
  const cms = await startCms({
    ...site.env,
    EDIT_TOKEN,
    EDIT_LINK_SECRET,
    ...smtp.env,
    SUBMISSION_NOTIFY_EMAILS: 'redaktion@kreativorte.example',
    SITE_URL: 'https://kreativorte.example',
    ...env,
  });
  const logged: string[] = [];
  cms.strapi.log.on('data', (entry: unknown) => logged.push(JSON.stringify(entry)));
  await cms.strapi.db.query('api::place.place').updateMany({ where: { slug: 'buergermeisterhof' }, data: { privateEmail: PRIVATE_EMAIL } });
  const [redaktion, autor] = await Promise.all([asRedaktion(cms.url), asAutor(cms.url)]);
  const stop = async () => {
    await cms.stop();
    site.close();
    await smtp.close();
  };
  return { smtp, site, cms, redaktion, autor, logged, stop };
};

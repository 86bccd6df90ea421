import type { Locale } from '$lib/i18n/locale';
import { operation } from './client';
import { SiteDocument } from './generated/graphql';
import { safeHref } from './mappers/safe-href';

const site = operation(SiteDocument);

const links = (items: ({ label: string; href: string } | null)[] | null | undefined) =>
  (items ?? []).flatMap((item) => {
    const href = item && safeHref(item.href);
    return item && href ? [{ label: item.label, href }] : [];
  });

/** Site name, navigation and footer, edited in the CMS's `global` single type. */
export const getSite = async (locale: Locale) => {
  const { global } = await site({ locale });
  return {
    siteName: global?.siteName ?? 'Kreativorte im Grünen',
    tagline: global?.tagline ?? null,
    navigation: links(global?.navigation),
    footerNavigation: links(global?.footerNavigation),
    footerLinks: links(global?.footerLinks),
    footerText: global?.footerText ?? null,
    contact: global?.contact ?? null,
    socialLinks: (global?.socialLinks ?? []).flatMap((link) => {
      const url = link && safeHref(link.url);
      return link && url ? [{ platform: link.platform, url }] : [];
    }),
  };
};

import type { AboutPage, LegalPage } from '$lib/types';
import type { AboutQuery, AccessibilityStatementQuery, ImprintQuery, PrivacyPolicyQuery } from '../generated/graphql';
import { toBlocks } from './blocks';
import { excerpt } from './excerpt';
import { toImage } from './image';
import { toSeo } from './seo';

type AboutData = NonNullable<AboutQuery['about']>;
type LegalData = NonNullable<ImprintQuery['imprint'] | PrivacyPolicyQuery['privacyPolicy'] | AccessibilityStatementQuery['accessibilityStatement']>;

export const toAboutPage = (about: AboutData, cmsPublicUrl: string): AboutPage => {
  const body = toBlocks(about.body);
  return {
    title: about.title,
    intro: about.intro,
    cover: toImage(about.cover, cmsPublicUrl),
    body,
    seo: toSeo(about.seo, { title: about.title, description: about.intro || excerpt(body) }),
  };
};

export const toLegalPage = (page: LegalData): LegalPage => ({ title: page.title, body: toBlocks(page.body), lastUpdated: page.lastUpdated });

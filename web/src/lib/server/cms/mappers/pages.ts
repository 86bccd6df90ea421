import type { AboutPage, LegalPage } from '$lib/types';
import type { AboutFragment, AccessibilityStatementFragment, ImprintFragment, PrivacyPolicyFragment } from '../generated/graphql';
import { toBlocks } from './blocks';
import { excerpt } from './excerpt';
import { toImage } from './image';
import { toSeo } from './seo';

type LegalData = ImprintFragment | PrivacyPolicyFragment | AccessibilityStatementFragment;

export const toAboutPage = (about: AboutFragment, cmsPublicUrl: string): AboutPage => {
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

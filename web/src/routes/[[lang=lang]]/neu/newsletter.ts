/** A group of /neu as the newsletter text lists it. */
export type NewsletterGroup = { heading: string; entries: { title: string; teaser: string; url: string }[] };

/**
 * /neu as plain text for a newsletter: the heading, then each group that has entries with, per
 * entry, its title, its line and its absolute link, so that it reads the same in any mail program.
 */
export const newsletterText = (heading: string, groups: NewsletterGroup[]) =>
  [
    heading,
    ...groups
      .filter((group) => group.entries.length)
      .map((group) => [group.heading, ...group.entries.map((entry) => [`- ${entry.title}`, entry.teaser && `  ${entry.teaser}`, `  ${entry.url}`].filter(Boolean).join('\n'))].join('\n\n')),
  ].join('\n\n') + '\n';

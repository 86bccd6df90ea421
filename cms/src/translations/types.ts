/**
 * The localized types the site shows, each with the field that names an entry in a list.
 * Single types are listed too: their English version is a whole page of the site. The admin's
 * menu link imports this list as well, so that it appears for whoever may read one of them.
 */
export const OVERVIEW_TYPES = [
  { uid: 'api::place.place', titleField: 'name' },
  { uid: 'api::meeting.meeting', titleField: 'title' },
  { uid: 'api::article.article', titleField: 'title' },
  { uid: 'api::region.region', titleField: 'name' },
  { uid: 'api::theme.theme', titleField: 'name' },
  { uid: 'api::homepage.homepage', titleField: 'heroTitle' },
  { uid: 'api::about.about', titleField: 'title' },
  { uid: 'api::global.global', titleField: 'siteName' },
  { uid: 'api::imprint.imprint', titleField: 'title' },
  { uid: 'api::privacy-policy.privacy-policy', titleField: 'title' },
  { uid: 'api::accessibility-statement.accessibility-statement', titleField: 'title' },
] as const;

import type { UID } from '@strapi/strapi';
import about from './api/about/content-types/about/schema.json';
import accessibilityStatement from './api/accessibility-statement/content-types/accessibility-statement/schema.json';
import article from './api/article/content-types/article/schema.json';
import changeRequest from './api/change-request/content-types/change-request/schema.json';
import editLink from './api/edit-link/content-types/edit-link/schema.json';
import event from './api/event/content-types/event/schema.json';
import global from './api/global/content-types/global/schema.json';
import homepage from './api/homepage/content-types/homepage/schema.json';
import imprint from './api/imprint/content-types/imprint/schema.json';
import meeting from './api/meeting/content-types/meeting/schema.json';
import notice from './api/notice/content-types/notice/schema.json';
import noticeReply from './api/notice-reply/content-types/notice-reply/schema.json';
import partner from './api/partner/content-types/partner/schema.json';
import person from './api/person/content-types/person/schema.json';
import place from './api/place/content-types/place/schema.json';
import privacyPolicy from './api/privacy-policy/content-types/privacy-policy/schema.json';
import reachCount from './api/reach-count/content-types/reach-count/schema.json';
import redirect from './api/redirect/content-types/redirect/schema.json';
import region from './api/region/content-types/region/schema.json';
import submission from './api/submission/content-types/submission/schema.json';
import theme from './api/theme/content-types/theme/schema.json';

export const PLACE = 'api::place.place' satisfies UID.ContentType;
export const MEETING = 'api::meeting.meeting' satisfies UID.ContentType;
export const EVENT = 'api::event.event' satisfies UID.ContentType;
export const NOTICE = 'api::notice.notice' satisfies UID.ContentType;
export const PERSON = 'api::person.person' satisfies UID.ContentType;
export const PARTNER = 'api::partner.partner' satisfies UID.ContentType;
export const ARTICLE = 'api::article.article' satisfies UID.ContentType;
export const REGION = 'api::region.region' satisfies UID.ContentType;
export const THEME = 'api::theme.theme' satisfies UID.ContentType;
export const HOMEPAGE = 'api::homepage.homepage' satisfies UID.ContentType;
export const ABOUT = 'api::about.about' satisfies UID.ContentType;
export const GLOBAL = 'api::global.global' satisfies UID.ContentType;
export const IMPRINT = 'api::imprint.imprint' satisfies UID.ContentType;
export const PRIVACY_POLICY = 'api::privacy-policy.privacy-policy' satisfies UID.ContentType;
export const ACCESSIBILITY_STATEMENT = 'api::accessibility-statement.accessibility-statement' satisfies UID.ContentType;
export const REDIRECT = 'api::redirect.redirect' satisfies UID.ContentType;
export const SUBMISSION = 'api::submission.submission' satisfies UID.ContentType;
export const EDIT_LINK = 'api::edit-link.edit-link' satisfies UID.ContentType;
export const CHANGE_REQUEST = 'api::change-request.change-request' satisfies UID.ContentType;
export const NOTICE_REPLY = 'api::notice-reply.notice-reply' satisfies UID.ContentType;
export const REACH_COUNT = 'api::reach-count.reach-count' satisfies UID.ContentType;

/** The part of a schema.json read here; what it says is never written again below. */
type Schema = {
  kind: string;
  info: { pluralName: string };
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean }; 'content-manager'?: { visible?: boolean }; 'content-type-builder'?: { visible?: boolean } };
  attributes: Record<string, { type: string; component?: string }>;
};

type Traits = {
  schema: Schema;
  /** In the public GraphQL schema and readable (find, findOne) by the Public role, partner and website tokens. */
  isPublic: boolean;
  /** Strapi's webhooks tell the website about changes; never for personal data that no page shows. */
  announced: boolean;
  /** Where the type's pages live on the website, in German; English pages add /en in front. */
  sitePath?: string;
  /** Who edits it in the admin: `content` both editorial roles, `proposals` each role as far as its proposal actions allow. */
  editedAs?: 'content' | 'proposals';
  /** The field that names an entry in lists. */
  titleField: string;
};

/** Every api content type with what only this project knows about it; the order is the admin overview's. */
export const CONTENT_TYPES = {
  [PLACE]: { schema: place, isPublic: true, announced: true, sitePath: '/orte', editedAs: 'content', titleField: 'name' },
  [MEETING]: { schema: meeting, isPublic: true, announced: true, sitePath: '/treffen', editedAs: 'content', titleField: 'title' },
  [EVENT]: { schema: event, isPublic: true, announced: true, sitePath: '/termine', editedAs: 'content', titleField: 'title' },
  [NOTICE]: { schema: notice, isPublic: true, announced: true, editedAs: 'content', titleField: 'text' },
  // Published only with recorded consent (documents/person-rules.ts); the consent fields are private.
  [PERSON]: { schema: person, isPublic: true, announced: true, sitePath: '/menschen', editedAs: 'content', titleField: 'name' },
  [PARTNER]: { schema: partner, isPublic: true, announced: true, sitePath: '/partner', editedAs: 'content', titleField: 'name' },
  [ARTICLE]: { schema: article, isPublic: true, announced: true, sitePath: '/beitraege', editedAs: 'content', titleField: 'title' },
  [REGION]: { schema: region, isPublic: true, announced: true, sitePath: '/regionen', editedAs: 'content', titleField: 'name' },
  [THEME]: { schema: theme, isPublic: true, announced: true, editedAs: 'content', titleField: 'name' },
  [HOMEPAGE]: { schema: homepage, isPublic: true, announced: true, editedAs: 'content', titleField: 'heroTitle' },
  [ABOUT]: { schema: about, isPublic: true, announced: true, editedAs: 'content', titleField: 'title' },
  [GLOBAL]: { schema: global, isPublic: true, announced: true, editedAs: 'content', titleField: 'siteName' },
  [IMPRINT]: { schema: imprint, isPublic: true, announced: true, editedAs: 'content', titleField: 'title' },
  [PRIVACY_POLICY]: { schema: privacyPolicy, isPublic: true, announced: true, editedAs: 'content', titleField: 'title' },
  [ACCESSIBILITY_STATEMENT]: { schema: accessibilityStatement, isPublic: true, announced: true, editedAs: 'content', titleField: 'title' },
  // Written by the slug-redirects document middleware only; the website reads them.
  [REDIRECT]: { schema: redirect, isPublic: true, announced: true, titleField: 'from' },
  // Proposals from the website's form: visitors' names and email addresses.
  [SUBMISSION]: { schema: submission, isPublic: false, announced: false, editedAs: 'proposals', titleField: 'name' },
  // Changes a place's own people propose through their edit link; reviewed on the admin's own page.
  [CHANGE_REQUEST]: { schema: changeRequest, isPublic: false, announced: false, editedAs: 'proposals', titleField: 'placeDocumentId' },
  // The signed links those people get by email; managed from the place's edit view only.
  [EDIT_LINK]: { schema: editLink, isPublic: false, announced: false, titleField: 'placeDocumentId' },
  // Visitors' answers to notices, queued until mailed to the place; nobody reads them in the admin.
  [NOTICE_REPLY]: { schema: noticeReply, isPublic: false, announced: false, titleField: 'noticeDocumentId' },
  // Daily reach counts without personal data, added by the site's reach token; read on the admin's "Reichweite" page only.
  [REACH_COUNT]: { schema: reachCount, isPublic: false, announced: false, titleField: 'key' },
} satisfies Record<string, Traits>;

export type ApiType = keyof typeof CONTENT_TYPES;

const traits = (uid: ApiType): Traits => CONTENT_TYPES[uid];

export const API_TYPES = Object.keys(CONTENT_TYPES).filter((uid): uid is ApiType => uid in CONTENT_TYPES);
export const isApiType = (uid: string): uid is ApiType => API_TYPES.some((type) => type === uid);

const typesWhere = (test: (traits: Traits) => boolean) => API_TYPES.filter((uid) => test(traits(uid)));

export const PUBLIC_TYPES = typesWhere((type) => type.isPublic);
export const PRIVATE_TYPES = typesWhere((type) => !type.isPublic);
export const UNANNOUNCED_TYPES = typesWhere((type) => !type.announced);
/** Public types whose changes the website hears of. */
export const ANNOUNCED_TYPES = typesWhere((type) => type.isPublic && type.announced);
/** Types with a `slug` uid field: unique across locales, in the URL. */
export const SLUGGED_TYPES = typesWhere((type) => type.schema.attributes.slug?.type === 'uid');
/** Localized types (i18n); the site shows each of them in German and English. */
export const TRANSLATED_TYPES = typesWhere((type) => type.schema.pluginOptions?.i18n?.localized === true);
/** Types that record their first publication (`firstPublishedAt`), which `/neu` and "what's new" queries list by. */
export const FIRST_PUBLISHED_TYPES = typesWhere((type) => type.schema.attributes.firstPublishedAt?.type === 'datetime');
export const EDITORIAL_TYPES = typesWhere((type) => type.editedAs === 'content');
export const PROPOSAL_TYPES = typesWhere((type) => type.editedAs === 'proposals');

export const isSingleType = (uid: ApiType) => traits(uid).schema.kind === 'singleType';
export const hasDraftAndPublish = (uid: ApiType) => traits(uid).schema.options?.draftAndPublish === true;
export const isSlugged = (uid: string): uid is ApiType => isApiType(uid) && SLUGGED_TYPES.includes(uid);
export const titleFieldOf = (uid: ApiType) => traits(uid).titleField;
/** The public GraphQL root field that lists the type, as plugin-graphql names it: camelCase of the plural name. */
export const listFieldOf = (uid: ApiType) => traits(uid).schema.info.pluralName.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
/** The type's fields as the schema lists them; only those of the given attribute type, if one is given. */
export const fieldsOf = (uid: ApiType, type?: string) =>
  Object.entries(traits(uid).schema.attributes)
    .filter(([, attribute]) => type === undefined || attribute.type === type)
    .map(([name]) => name);
/** The German path prefix of the type's pages; undefined for types without pages of their own. */
export const sitePathOf = (uid: string) => (isApiType(uid) ? traits(uid).sitePath : undefined);
/** The types with pages of their own on the website. */
export type PagedType = { [T in ApiType]: (typeof CONTENT_TYPES)[T] extends { sitePath: string } ? T : never }[ApiType];
export const isPaged = (uid: string): uid is PagedType => sitePathOf(uid) !== undefined;
/** The type's own image fields (the `shared.image` component, with alt text), as the schema lists them. */
export const imageFieldsOf = (uid: ApiType) =>
  Object.entries(traits(uid).schema.attributes)
    .filter(([, attribute]) => attribute.type === 'component' && attribute.component === 'shared.image')
    .map(([name]) => name);

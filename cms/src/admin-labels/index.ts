import { isDeepStrictEqual } from 'node:util';
import type { Core } from '@strapi/strapi';
import { about } from './about';
import { accessibilityStatement } from './accessibility-statement';
import { article } from './article';
import { changeRequest } from './change-request';
import { components } from './components';
import { editLink } from './edit-link';
import { event } from './event';
import { globalSettings } from './global';
import { homepage } from './homepage';
import { imprint } from './imprint';
import { meeting } from './meeting';
import { notice } from './notice';
import { noticeReply } from './notice-reply';
import { partner } from './partner';
import { person } from './person';
import { place } from './place';
import { privacyPolicy } from './privacy-policy';
import { reachCount } from './reach-count';
import { redirect } from './redirect';
import { region } from './region';
import { submission } from './submission';
import { theme } from './theme';
import type { AdminLabels } from './types';

export type { AdminLabels, FieldLabel, LayoutRow } from './types';

export const CONTENT_TYPE_LABELS: AdminLabels[] = [
  place,
  meeting,
  event,
  notice,
  person,
  partner,
  article,
  region,
  theme,
  homepage,
  about,
  globalSettings,
  imprint,
  privacyPolicy,
  accessibilityStatement,
  redirect,
  submission,
  changeRequest,
  editLink,
  noticeReply,
  reachCount,
];
export const COMPONENT_LABELS: AdminLabels[] = components;

/** Column headings of the fields Strapi adds itself; they appear in list views and filters. */
const SYSTEM_LIST_LABELS: Record<string, string> = {
  id: 'ID',
  documentId: 'Dokument-ID',
  createdAt: 'Erstellt am',
  updatedAt: 'Zuletzt geändert',
  publishedAt: 'Veröffentlicht am',
  createdBy: 'Erstellt von',
  updatedBy: 'Geändert von',
  locale: 'Sprache',
};

const MAX_ROW_SIZE = 12;
/** The content manager cannot list these types (its `isListable`). */
const NON_LISTABLE_TYPES = ['json', 'password', 'richtext', 'dynamiczone', 'blocks', 'component', 'media'];

type Attribute = { type: string; customField?: string };
type Model = { uid: string; attributes: Record<string, Attribute> };
type Metadata = { edit: Record<string, unknown>; list: Record<string, unknown> };
type EditField = { name: string; size: number };
type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { edit: EditField[][]; list: string[]; [key: string]: unknown };
};
type ConfigurationService = {
  findConfiguration(model: Model): Promise<Configuration>;
  updateConfiguration(model: Model, configuration: Configuration): Promise<unknown>;
};
type FieldSizes = {
  hasFieldSize(type?: string): boolean;
  getFieldSize(type: string): { default: number; isResizable: boolean };
};

/** Turns the rows of a data file into `{ name, size }` rows that obey the content manager's size rules. */
const buildEditLayout = (labels: AdminLabels, model: Model, fieldSizes: FieldSizes, log: (message: string) => void) => {
  const rows: EditField[][] = [];
  for (const row of labels.edit) {
    const entries = row
      .map((entry): { name: string; size?: number } => (typeof entry === 'string' ? { name: entry } : entry))
      .filter(({ name }) => {
        if (model.attributes[name]) return true;
        log(`${labels.uid}: layout names unknown field "${name}"`);
        return false;
      });
    const rules = entries.map(({ name }) => {
      const attribute = model.attributes[name];
      return fieldSizes.getFieldSize(fieldSizes.hasFieldSize(attribute.customField) ? attribute.customField! : attribute.type);
    });
    const fixed = entries.reduce((sum, entry, i) => sum + (entry.size ?? (rules[i].isResizable ? 0 : rules[i].default)), 0);
    const flexible = entries.filter((entry, i) => entry.size === undefined && rules[i].isResizable).length;
    const share = flexible > 0 ? Math.floor((MAX_ROW_SIZE - fixed) / flexible) : 0;
    const built = entries.map((entry, i) => ({
      name: entry.name,
      size: rules[i].isResizable ? entry.size ?? share : rules[i].default,
    }));
    const total = built.reduce((sum, field) => sum + field.size, 0);
    if (built.some((field) => field.size <= 0) || total > MAX_ROW_SIZE) {
      throw new Error(`${labels.uid}: edit layout row ${JSON.stringify(row)} does not fit into ${MAX_ROW_SIZE} columns`);
    }
    if (built.length > 0) rows.push(built);
  }
  return rows;
};

/** The configuration Strapi computed, with our labels, descriptions, placeholders and layouts laid over it. */
const withLabels = (
  current: Configuration,
  labels: AdminLabels,
  model: Model,
  fieldSizes: FieldSizes,
  log: (message: string) => void,
): Configuration => {
  const metadatas: Record<string, Metadata> = structuredClone(current.metadatas);
  for (const [name, field] of Object.entries(labels.fields)) {
    const meta = metadatas[name];
    if (!meta) {
      log(`${labels.uid}: no field "${name}" to label`);
      continue;
    }
    meta.edit = {
      ...meta.edit,
      label: field.label,
      description: field.description,
      placeholder: field.placeholder ?? '',
      ...(field.editable !== undefined && { editable: field.editable }),
    };
    meta.list = { ...meta.list, label: field.label };
  }
  for (const [name, label] of Object.entries(SYSTEM_LIST_LABELS)) {
    if (metadatas[name]) metadatas[name].list = { ...metadatas[name].list, label };
  }

  // Every field Strapi shows in the edit view must stay there: fields our layout forgets keep Strapi's rows, at the end.
  const edit = buildEditLayout(labels, model, fieldSizes, log);
  const placed = new Set(edit.flat().map(({ name }) => name));
  for (const row of current.layouts.edit) {
    const missing = row.filter(({ name }) => !placed.has(name));
    if (missing.length === 0) continue;
    log(`${labels.uid}: edit layout misses ${missing.map(({ name }) => name).join(', ')}`);
    edit.push(missing);
    missing.forEach(({ name }) => placed.add(name));
  }
  const editable = new Set(current.layouts.edit.flat().map(({ name }) => name));
  const finalEdit = edit.map((row) => row.filter(({ name }) => editable.has(name))).filter((row) => row.length > 0);

  const list = labels.list
    ? labels.list.filter((name) => {
        const attribute = model.attributes[name];
        return attribute !== undefined && !NON_LISTABLE_TYPES.includes(attribute.type);
      })
    : current.layouts.list;

  return { ...current, settings: { ...current.settings, ...labels.settings }, metadatas, layouts: { ...current.layouts, edit: finalEdit, list } };
};

const comparable = ({ settings, metadatas, layouts }: Configuration) => JSON.parse(JSON.stringify({ settings, metadatas, layouts }));

/**
 * Writes German labels, descriptions, placeholders and edit layouts into the content manager's view
 * configuration of every api type and component. Idempotent: a configuration that already matches is left alone.
 */
export const applyAdminLabels = async (strapi: Core.Strapi) => {
  const contentManager = strapi.plugin('content-manager');
  const fieldSizes: FieldSizes = contentManager.service('field-sizes');
  const log = (message: string) => strapi.log.warn(`[admin-labels] ${message}`);
  const targets: { labels: AdminLabels; service: ConfigurationService; model: Model | undefined }[] = [
    ...CONTENT_TYPE_LABELS.map((labels) => {
      const service: ConfigurationService & { findContentType(uid: string): Model | undefined } = contentManager.service('content-types');
      return { labels, service, model: service.findContentType(labels.uid) };
    }),
    ...COMPONENT_LABELS.map((labels) => {
      const service: ConfigurationService & { findComponent(uid: string): Model | undefined } = contentManager.service('components');
      return { labels, service, model: service.findComponent(labels.uid) };
    }),
  ];

  let changed = 0;
  for (const { labels, service, model } of targets) {
    if (!model) {
      log(`unknown model ${labels.uid}`);
      continue;
    }
    const current = await service.findConfiguration(model);
    const next = withLabels(current, labels, model, fieldSizes, log);
    if (isDeepStrictEqual(comparable(current), comparable(next))) continue;
    const { settings, metadatas, layouts } = next;
    await service.updateConfiguration(model, { settings, metadatas, layouts });
    changed += 1;
  }
  if (changed > 0) strapi.log.info(`[admin-labels] updated the view configuration of ${changed} types and components`);
  return changed;
};

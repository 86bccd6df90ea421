import type { Core } from '@strapi/strapi';
import { isEnumType, isInputObjectType, isObjectType, isScalarType, type GraphQLSchema } from 'graphql';
import { COMPONENT_DESCRIPTIONS } from './components';
import { CONTENT_TYPE_DESCRIPTIONS, SHARED_FIELDS, SHARED_VALUES } from './content-types';
import type { Descriptions } from './described';
import { ARGUMENTS, COLLECTION_FIELDS, FILTER_OPERATORS, STRAPI_TYPES, SYSTEM_FIELDS, UPLOAD_FILE, connectionField, type StrapiType } from './strapi';

/** The part of a Strapi model that plugin-graphql names types by. */
type Model = { uid: string; modelType: string; kind?: string; attributes: Record<string, { type: string }> };
/** The part of plugin-graphql's naming service used here, so that every name is the plugin's own. */
type Naming = Record<
  | 'getTypeName'
  | 'getComponentName'
  | 'getFiltersInputTypeName'
  | 'getEntityResponseCollectionName'
  | 'getRelationResponseCollectionName'
  | 'getFindQueryName'
  | 'getFindConnectionQueryName'
  | 'getFindOneQueryName',
  (model: Model) => string
> & { getEnumName: (model: Model, attribute: string) => string; getScalarFilterInputTypeName: (scalar: string) => string };

/** What one type of the schema is described with. */
type TypeText = { type: string; field: (name: string) => string | undefined; values?: Partial<Record<string, string>> };

const CONNECTION = '_connection';
const UPLOAD_FILE_UID = 'plugin::upload.file';

const DESCRIPTIONS = new Map<string, Descriptions>([
  ...Object.entries(CONTENT_TYPE_DESCRIPTIONS),
  ...Object.entries(COMPONENT_DESCRIPTIONS),
  [UPLOAD_FILE_UID, UPLOAD_FILE],
]);

const strapiType = ({ type, fields, values }: StrapiType): TypeText => ({ type, field: (name) => fields?.[name], values });

/** The object type of a content type or component, its filters, collections and enumerations. */
const modelTexts = (naming: Naming, model: Model, text: Descriptions): [string, TypeText][] => {
  const name = model.modelType === 'component' ? naming.getComponentName(model) : naming.getTypeName(model);
  const field = (fieldName: string) =>
    text.fields[fieldName] ??
    SHARED_FIELDS[fieldName] ??
    SYSTEM_FIELDS[fieldName] ??
    (fieldName.endsWith(CONNECTION) ? connectionField(fieldName.slice(0, -CONNECTION.length)) : undefined);
  // A filter takes its field's conditions, or combines conditions (and, or, not).
  const filter = (fieldName: string) => {
    const described = field(fieldName);
    return described ? `Conditions on \`${fieldName}\`: ${described}` : FILTER_OPERATORS[fieldName];
  };
  const enums = Object.entries(model.attributes)
    .filter(([, attribute]) => attribute.type === 'enumeration')
    .map(([attribute]): [string, TypeText] => [
      naming.getEnumName(model, attribute),
      { type: `The values of \`${name}.${attribute}\`.`, field: () => undefined, values: text.values?.[attribute] ?? SHARED_VALUES[attribute] },
    ]);
  const collection = (type: string): TypeText => ({ type, field: (fieldName) => COLLECTION_FIELDS[fieldName] });
  return [
    [name, { type: text.type, field }],
    [naming.getFiltersInputTypeName(model), { type: `Conditions on ${name} entries; all given conditions must hold.`, field: filter }],
    [naming.getEntityResponseCollectionName(model), collection(`A page of ${name} entries and where it lies in the whole list.`)],
    [naming.getRelationResponseCollectionName(model), collection(`The ${name} entries of a relation.`)],
    ...enums,
  ];
};

/** Descriptions of the root queries Strapi generates for a content type. */
const rootQueries = (naming: Naming, model: Model, text: Descriptions): [string, string][] => {
  const name = naming.getTypeName(model);
  const find = naming.getFindQueryName(model);
  if (model.kind === 'singleType') return [[naming.getFindOneQueryName(model), text.type]];
  return [
    [find, `Published ${name} entries that match \`filters\`, one page at a time.`],
    [naming.getFindConnectionQueryName(model), `The same as \`${find}\`, with \`pageInfo\`: the page, the page count and the total.`],
    [naming.getFindOneQueryName(model), `One ${name} by its documentId, or null.`],
  ];
};

const typeTexts = (strapi: Core.Strapi, schema: GraphQLSchema) => {
  const naming: Naming = strapi.plugin('graphql').service('utils').naming;
  const models: Model[] = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)];
  const texts = new Map<string, TypeText>(Object.entries(STRAPI_TYPES).flatMap(([name, text]) => (text ? [[name, strapiType(text)]] : [])));
  const queries = new Map<string, string>();
  for (const model of models) {
    const text = DESCRIPTIONS.get(model.uid);
    if (!text) continue;
    for (const [name, typeText] of modelTexts(naming, model, text)) texts.set(name, typeText);
    if (model.modelType === 'contentType') for (const [name, description] of rootQueries(naming, model, text)) queries.set(name, description);
  }
  for (const scalar of Object.values(schema.getTypeMap()).filter(isScalarType)) {
    texts.set(naming.getScalarFilterInputTypeName(scalar.name), {
      type: `Conditions on a ${scalar.name} value; all given conditions must hold.`,
      field: (name) => FILTER_OPERATORS[name],
    });
  }
  texts.set('Query', {
    type: 'The public, read-only API of Kreativorte im Grünen: published places, meetings, partners, regions, themes, articles and pages.',
    field: (name) => queries.get(name),
  });
  return texts;
};

/** Sets a description where the schema has none: those written with a type's own definition win. */
const describe = (target: { description?: string | null }, description: string | undefined) => {
  if (!target.description && description) target.description = description;
};

/**
 * Gives every type, field, argument and enum value of the served schema its English description,
 * so partners' tools (GraphiQL, codegen, IDEs) show it; the texts are in this folder's tables.
 */
export const describeSchema = (strapi: Core.Strapi) => (schema: GraphQLSchema) => {
  const texts = typeTexts(strapi, schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const text = texts.get(type.name);
    describe(type, text?.type);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        describe(field, text?.field(field.name));
        if ('args' in field) for (const arg of field.args) describe(arg, ARGUMENTS[arg.name]);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) describe(value, text?.values?.[value.name]);
  }
  return schema;
};

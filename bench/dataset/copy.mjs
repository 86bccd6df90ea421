// Copies documents at the database level, in the shape Strapi gave them: every row of a template
// document (each locale, draft and published) with its component rows (recursively), the link
// rows of the relations it owns and the morph rows of its media, under new ids and a new
// document id. Which tables and columns that means is read from Strapi's own metadata
// (strapi.db.metadata), never assumed, so a changed content model is copied as it is stored.
// Used by populate.mjs to turn a few hundred places created through the document service into
// thousands (see bench/README.md, "Dataset generation time").
import { createRequire } from 'node:module';
import { require as cmsRequire } from '../../cms/scripts/strapi-app.mjs';
import { isComponent, metadataOf } from './strapi-views.mjs';

// Strapi's own document ids (cuid2), from the package that makes them.
const coreRequire = createRequire(createRequire(cmsRequire.resolve('@strapi/strapi')).resolve('@strapi/core'));
/** @type {{ createId: () => string }} cuid2 is Strapi's dependency, not the bench's: no types here. */
const { createId } = coreRequire('@paralleldrive/cuid2');

/** @typedef {import('./strapi-views.mjs').Named} Named */
/** @typedef {import('./strapi-views.mjs').JoinTable} JoinTable */
/** @typedef {import('./strapi-views.mjs').Meta} Meta */
/** A row as the database gives it and takes it. @typedef {Record<string, unknown>} Row */
/**
 * How an entry of a model is stored: its table and which attribute lives where.
 * @typedef {{
 *   model: string, meta: Meta, table: string, id: string, json: string[],
 *   components: { name: string, joinTable: JoinTable, target: string, repeatable: boolean }[],
 *   relations: { name: string, joinTable: JoinTable, exclusive: boolean }[],
 *   morphs: Map<string, { typeColumn: Named, idColumn: Named }>,
 * }} Plan
 */
/**
 * An entry with everything that belongs to it.
 * @typedef {{ model: string, row: Row, links: Link[] }} Node
 * @typedef {{ kind: 'component', component: Plan['components'][number], row: Row, linkId: string, child: Node }
 *   | { kind: 'relation', relation: Plan['relations'][number], row: Row, linkId: string }
 *   | { kind: 'morph', table: string, idColumn: string, row: Row, linkId: string }} Link
 */

// Attribute types stored in a column of the entry's own row, and those stored there as JSON.
const SCALAR = new Set(['string', 'text', 'richtext', 'email', 'password', 'uid', 'enumeration', 'integer', 'biginteger', 'float', 'decimal', 'boolean', 'json', 'blocks', 'date', 'time', 'datetime', 'timestamp']);
const JSON_TYPES = new Set(['json', 'blocks']);
// Values given for a copy (see `data` below) are converted as Strapi's fields convert them; dates
// are not among the values the generator gives, so they are refused rather than guessed.
const GIVABLE = new Set([...SCALAR].filter((type) => !['date', 'time', 'datetime', 'timestamp'].includes(type)));

/**
 * @param {Meta} meta
 * @param {string} name
 */
const columnOf = (meta, name) => meta.attributes[name]?.columnName ?? name;
/**
 * @template T
 * @param {T[]} list
 * @param {number} size
 */
const chunks = (list, size) => Array.from({ length: Math.ceil(list.length / size) }, (_, k) => list.slice(k * size, (k + 1) * size));
/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
/**
 * An id or an order as a number to sort by; a missing order counts as 0.
 * @param {unknown} value
 */
const num = (value) => Number(value ?? 0);
/**
 * Ids and document ids, which the rows give as unknown values.
 * @param {unknown} value
 * @returns {value is string | number}
 */
const isKey = (value) => typeof value === 'string' || typeof value === 'number';
/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
const isPlainObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Copies documents of the content type `uid`. Each copy is `{ from, data }`: the document id of
 * the template, and `data(locale)`, the copy's own values in that locale, shaped like the data
 * given to the document service. The copy takes from them the scalar attributes of the entry
 * and, item by item, those of its components (the first offer's text replaces the template's
 * first offer's text); an item with media or relations, relations and media themselves, and the
 * number of items keep the template's. Everything else is the template's, byte for byte,
 * except ids, the document id and the inverse order of owned relations (the copy is appended
 * to each related entry's list, as Strapi appends a new entry).
 *
 * Nothing else may write to the database meanwhile: new ids follow the highest ones. Relations
 * the content type does not own (`mappedBy`) are not copied: they are rows of the other side.
 * Returns the number of rows written per table.
 * @param {import('./env.mjs').Strapi} strapi
 * @param {string} uid
 * @param {{ from: string, data: (locale: string) => Record<string, unknown> }[]} copies
 * @param {{ perTransaction?: number, report?: (message: string) => void }} [options]
 */
export const copyDocuments = async (strapi, uid, copies, { perTransaction = 250, report = () => {} } = {}) => {
  const metadata = metadataOf(strapi);
  const knex = strapi.db.connection;
  /** @param {string} model */
  const metaOf = (model) => metadata.get(model) ?? missing(`database metadata for ${model}`);
  const postgres = strapi.db.dialect.client === 'postgres';
  // Bound parameters per statement: SQLite's default limit is 32,766 (999 before 3.32), PostgreSQL's 65,535.
  const maxBindings = postgres ? 30_000 : 999;

  /** How an entry of `model` is stored: its table and which attribute lives where. Memoised. */
  /** @type {Map<string, Plan>} */
  const plans = new Map();
  /**
   * @param {string} model
   * @returns {Plan}
   */
  const planOf = (model) => {
    const planned = plans.get(model);
    if (planned) return planned;
    const meta = metaOf(model);
    /** @type {Plan} */
    const plan = { model, meta, table: meta.tableName, id: columnOf(meta, 'id'), json: [], components: [], relations: [], morphs: new Map() };
    for (const [name, attribute] of Object.entries(meta.attributes)) {
      if (JSON_TYPES.has(attribute.type)) plan.json.push(columnOf(meta, name));
      if (attribute.type !== 'relation') continue;
      const joinTable = attribute.joinTable;
      if (attribute.morphBy) {
        // Media and other polymorphic links: rows of the target's join table that name this entry by type and id.
        const morphTable = metadata.get(attribute.target ?? '')?.attributes[attribute.morphBy]?.joinTable;
        if (!morphTable?.morphColumn) throw new Error(`${model}.${name}: no morph join table on ${attribute.target}.${attribute.morphBy}`);
        plan.morphs.set(morphTable.name, morphTable.morphColumn);
      } else if (!joinTable) {
        // A column of the row itself (createdBy, updatedBy), or virtual (localizations).
        if (!attribute.joinColumn && !attribute.morphColumn && !attribute.unstable_virtual) throw new Error(`${model}.${name}: relation stored in a way this copy does not know`);
      } else if (joinTable.morphColumn) {
        throw new Error(`${model}.${name}: dynamic zones and polymorphic relations are not copied`);
      } else if (attribute.target && isComponent(strapi, attribute.target)) {
        plan.components.push({ name, joinTable, target: attribute.target, repeatable: attribute.relation !== 'oneToOne' });
      } else if (!attribute.mappedBy) {
        // One-to-one and one-to-many targets belong to one entry only and cannot be shared.
        plan.relations.push({ name, joinTable, exclusive: attribute.relation === 'oneToOne' || attribute.relation === 'oneToMany' });
      }
    }
    plans.set(model, plan);
    return plan;
  };

  /**
   * The rows of `table` whose `column` is one of `values` (and that match `where`), a chunk of values at a time.
   * @param {string} table
   * @param {string} column
   * @param {unknown[]} values
   * @returns {Promise<Row[]>}
   */
  const select = async (table, column, values, where = {}) => {
    /** @type {Row[]} */
    const rows = [];
    for (const part of chunks([...new Set(values)].filter(isKey), 500)) rows.push(...(await knex(table).where(where).whereIn(column, part)));
    return rows;
  };

  /**
   * Loads entries of `model` with everything that belongs to them: a node per entry, with its row
   * and its links (component links with the component's own node, owned relation rows, morph rows).
   * @param {string} model
   * @param {unknown[]} ids
   * @returns {Promise<Map<unknown, Node>>}
   */
  const load = async (model, ids) => {
    const plan = planOf(model);
    /** @type {Map<unknown, Node>} */
    const nodes = new Map();
    /** @param {unknown} id */
    const nodeOf = (id) => nodes.get(id) ?? missing(`${model} ${id}`);
    for (const row of await select(plan.table, plan.id, ids)) nodes.set(row[plan.id], { model, row, links: [] });
    for (const component of plan.components) {
      const { joinTable } = component;
      const join = joinTable.joinColumn.name;
      const inverse = joinTable.inverseJoinColumn.name;
      const order = joinTable.orderColumnName;
      const linkId = columnOf(metaOf(joinTable.name), 'id');
      const rows = await select(joinTable.name, join, ids, joinTable.on);
      // Items in the order Strapi reads them, so that a copy's n-th item is the template's n-th.
      rows.sort((a, b) => num(a[join]) - num(b[join]) || (order ? num(a[order]) - num(b[order]) : 0) || num(a[linkId]) - num(b[linkId]));
      const children = await load(component.target, rows.map((row) => row[inverse]));
      for (const row of rows) {
        const child = children.get(row[inverse]);
        // A link to a component row that no longer exists is read as nothing by Strapi: nothing to copy.
        if (child) nodeOf(row[join]).links.push({ kind: 'component', component, row, linkId, child });
      }
    }
    for (const relation of plan.relations) {
      const { joinTable } = relation;
      const rows = await select(joinTable.name, joinTable.joinColumn.name, ids, joinTable.on);
      if (relation.exclusive && rows.length) throw new Error(`${model}.${relation.name}: a ${joinTable.name} target cannot be shared by a copy`);
      const linkId = columnOf(metaOf(joinTable.name), 'id');
      for (const row of rows.sort((a, b) => num(a[linkId]) - num(b[linkId]))) nodeOf(row[joinTable.joinColumn.name]).links.push({ kind: 'relation', relation, row, linkId });
    }
    for (const [table, { typeColumn, idColumn }] of plan.morphs) {
      const linkId = columnOf(metaOf(table), 'id');
      const rows = await select(table, idColumn.name, ids, { [typeColumn.name]: model });
      for (const row of rows.sort((a, b) => num(a[linkId]) - num(b[linkId]))) nodeOf(row[idColumn.name]).links.push({ kind: 'morph', table, idColumn: idColumn.name, row, linkId });
    }
    return nodes;
  };

  // New ids follow the highest ones, per table; join rows take the database's own.
  /** @type {Map<string, number>} */
  const nextIds = new Map();
  /** @param {Plan} plan */
  const newId = async (plan) => {
    let last = nextIds.get(plan.table);
    if (last === undefined) {
      const [{ max }] = await knex(plan.table).max({ max: plan.id });
      last = num(max);
    }
    const id = last + 1;
    nextIds.set(plan.table, id);
    return id;
  };
  // The copy goes to the end of each related entry's list of its inverse relation, as Strapi's own create does.
  /** @type {Map<string, Map<unknown, number>>} */
  const inverseOrders = new Map();
  /**
   * @param {JoinTable} joinTable
   * @param {unknown} target
   */
  const nextInverseOrder = async (joinTable, target) => {
    const column = joinTable.inverseOrderColumnName;
    let orders = inverseOrders.get(joinTable.name);
    if (!orders) {
      const inverse = joinTable.inverseJoinColumn.name;
      /** @type {Row[]} */
      const rows = await knex(joinTable.name).select(inverse).max({ max: column }).groupBy(inverse);
      orders = new Map(rows.map((row) => [row[inverse], num(row.max)]));
      inverseOrders.set(joinTable.name, orders);
    }
    const order = (orders.get(target) ?? 0) + 1;
    orders.set(target, order);
    return order;
  };

  // knex-pg hands JSON columns back parsed, and would send arrays as PostgreSQL arrays.
  /**
   * @param {Plan} plan
   * @param {Row} row
   */
  const storedJson = (plan, row) => {
    if (!postgres) return row;
    for (const column of plan.json) if (row[column] != null) row[column] = JSON.stringify(row[column]);
    return row;
  };

  /**
   * The columns `data` gives an entry of `plan`, or null if it is not an item the copy can take values from.
   * @param {Plan} plan
   * @param {unknown} data
   */
  const givenColumns = (plan, data) => {
    if (!isPlainObject(data)) return null;
    /** @type {Row} */
    const columns = {};
    for (const [name, value] of Object.entries(data)) {
      const attribute = plan.meta.attributes[name];
      if (!attribute) throw new Error(`${plan.model} has no attribute ${name}`);
      if (attribute.type === 'relation' || !SCALAR.has(attribute.type)) continue;
      if (!GIVABLE.has(attribute.type)) throw new Error(`${plan.model}.${name}: ${attribute.type} values are not given to copies`);
      columns[columnOf(plan.meta, name)] = value != null && JSON_TYPES.has(attribute.type) ? JSON.stringify(value) : value;
    }
    return columns;
  };
  /**
   * Whether an item holds relations or media: then its values describe those, and the template's item is kept whole.
   * @param {Plan} plan
   * @param {Record<string, unknown>} data
   */
  const linksOwnThings = (plan, data) =>
    Object.keys(data).some((name) => plan.meta.attributes[name]?.type === 'relation' && !isComponent(strapi, plan.meta.attributes[name].target ?? ''));

  /**
   * Adds the rows of a copy of `node` with id `id` to `out`, with the values `data` gives: all of
   * them for the entry itself (`extra` too), for a component item only if it links nothing.
   * @param {Node} node
   * @param {number} id
   * @param {unknown} data
   * @param {{ entity: (table: string) => Row[], link: (table: string) => Row[] }} out
   * @param {Row} [extra]
   * @returns {Promise<void>}
   */
  const emit = async (node, id, data, out, extra) => {
    const plan = planOf(node.model);
    const given = isPlainObject(data) && (extra || !linksOwnThings(plan, data)) ? givenColumns(plan, data) : null;
    out.entity(plan.table).push({ ...storedJson(plan, { ...node.row }), ...given, ...extra, [plan.id]: id });
    const positions = new Map();
    for (const link of node.links) {
      const { [link.linkId]: _, ...row } = link.row;
      if (link.kind === 'component') {
        const { component, child } = link;
        const { joinTable } = component;
        const position = positions.get(component.name) ?? 0;
        positions.set(component.name, position + 1);
        const value = isPlainObject(data) ? data[component.name] : undefined;
        const item = component.repeatable ? (Array.isArray(value) ? value[position] : undefined) : position === 0 ? value : undefined;
        const childId = await newId(planOf(child.model));
        out.link(joinTable.name).push({ ...row, [joinTable.joinColumn.name]: id, [joinTable.inverseJoinColumn.name]: childId });
        await emit(child, childId, item, out);
      } else if (link.kind === 'relation') {
        const { joinTable } = link.relation;
        const inverseOrder = joinTable.inverseOrderColumnName;
        out.link(joinTable.name).push({
          ...row,
          [joinTable.joinColumn.name]: id,
          ...(inverseOrder && { [inverseOrder]: await nextInverseOrder(joinTable, row[joinTable.inverseJoinColumn.name]) }),
        });
      } else {
        out.link(link.table).push({ ...row, [link.idColumn]: id });
      }
    }
  };

  const plan = planOf(uid);
  const documentColumn = columnOf(plan.meta, 'documentId');
  const localeColumn = columnOf(plan.meta, 'locale');
  const templateIds = [...new Set(copies.map((copy) => copy.from))];
  const rows = await select(plan.table, documentColumn, templateIds);
  /** @type {Map<unknown, unknown[]>} */
  const templates = new Map(templateIds.map((documentId) => [documentId, []]));
  for (const row of rows.sort((a, b) => num(a[plan.id]) - num(b[plan.id]))) templates.get(row[documentColumn])?.push(row[plan.id]);
  for (const [documentId, ids] of templates) if (!ids.length) throw new Error(`${uid}: no template document ${documentId}`);
  const nodes = await load(uid, rows.map((row) => row[plan.id]));

  /** @type {Record<string, number>} */
  const written = {};
  /** @type {Set<string>} */
  const touched = new Set();
  let done = 0;
  let reported = Date.now();
  for (const part of chunks(copies, perTransaction)) {
    /** @type {Map<string, Row[]>} */
    const entities = new Map();
    /** @type {Map<string, Row[]>} */
    const links = new Map();
    /**
     * @param {Map<string, Row[]>} tables
     * @param {string} table
     */
    const rowsFor = (tables, table) => {
      const rows = tables.get(table) ?? [];
      tables.set(table, rows);
      return rows;
    };
    const out = { entity: (/** @type {string} */ table) => rowsFor(entities, table), link: (/** @type {string} */ table) => rowsFor(links, table) };
    for (const { from, data } of part) {
      const documentId = createId();
      for (const id of templates.get(from) ?? []) {
        const node = nodes.get(id) ?? missing(`${uid} ${id}`);
        await emit(node, await newId(plan), data(String(node.row[localeColumn])), out, { [documentColumn]: documentId });
      }
    }
    // Entries first, parents before their components, then the rows that link them.
    await knex.transaction(async (/** @type {typeof knex} */ trx) => {
      for (const [table, tableRows] of [...entities, ...links]) {
        const size = Math.max(1, Math.floor(maxBindings / Object.keys(tableRows[0]).length));
        for (const batch of chunks(tableRows, size)) await trx(table).insert(batch);
        written[table] = (written[table] ?? 0) + tableRows.length;
      }
    });
    for (const table of entities.keys()) touched.add(table);
    done += part.length;
    if (Date.now() - reported > 15_000) {
      reported = Date.now();
      report(`copies: ${done}/${copies.length}`);
    }
  }

  if (postgres) {
    // PostgreSQL's sequences do not see ids given explicitly; without this Strapi's next insert
    // into these tables would collide. (SQLite's AUTOINCREMENT counts every id ever inserted.)
    for (const table of touched) {
      const { id } = [...plans.values()].find((p) => p.table === table) ?? missing(`the plan of ${table}`);
      await knex.raw('SELECT setval(pg_get_serial_sequence(?, ?), (SELECT MAX(??) FROM ??))', [table, id, id, table]);
    }
    // The planner would otherwise go on planning for tables a tenth of their size (this server
    // runs without autovacuum) until the generator's final VACUUM ANALYZE.
    for (const table of Object.keys(written)) await knex.raw('ANALYZE ??', [table]);
  }
  return written;
};

/**
 * @param {string} what
 * @returns {never}
 */
export const missing = (what) => {
  throw new Error(`${what} is missing`);
};

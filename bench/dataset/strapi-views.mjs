// The parts of Strapi that the dataset generator and its checks read and write, in loose shapes:
// the generator's content is checked by Strapi's own validation when it is written, and the
// database metadata is read alike for every kind of attribute, which Strapi's types split apart.

/** @typedef {import('./env.mjs').Strapi} Strapi */
/**
 * The parts of Strapi's database metadata the generator reads, in one shape for every kind of attribute.
 * @typedef {{ name: string }} Named
 * @typedef {{ name: string, joinColumn: Named, inverseJoinColumn: Named, orderColumnName?: string, inverseOrderColumnName?: string, on?: Record<string, unknown>, morphColumn?: { typeColumn: Named, idColumn: Named } }} JoinTable
 * @typedef {{ type: string, columnName?: string, relation?: string, target?: string, joinTable?: JoinTable, joinColumn?: unknown, morphColumn?: unknown, morphBy?: string, mappedBy?: string, unstable_virtual?: boolean }} Attribute
 * @typedef {{ tableName: string, attributes: Record<string, Attribute> }} Meta
 * @typedef {{ get(uid: string): Meta | undefined }} Metadata
 */
/**
 * A content type's or a component's schema, as far as the checks read it.
 * @typedef {{ attributes: Record<string, { type: string, component?: string, repeatable?: boolean }> }} Model
 */
/**
 * The document service with the generator's own content as data.
 * @typedef {'draft' | 'published'} Status
 * @typedef {{ data: object, locale?: string, status?: Status }} Write
 * @typedef {{
 *   create(params: Write): Promise<{ documentId: string }>,
 *   update(params: Write & { documentId: string }): Promise<unknown>,
 *   findOne(params: { documentId: string, locale?: string, status?: Status, populate?: unknown }): Promise<Record<string, unknown> | null>,
 *   count(params: { locale?: string, status?: Status, filters?: object }): Promise<number>,
 *   delete(params: { documentId: string, locale?: string }): Promise<unknown>,
 * }} Documents
 */

/**
 * @param {Strapi} strapi
 * @returns {Metadata}
 */
// One shape for every kind of attribute, where Strapi's types have a member of a union per kind.
export const metadataOf = (strapi) => /** @type {Metadata} */ (/** @type {unknown} */ (strapi.db.metadata));

/**
 * @param {Strapi} strapi
 * @param {string} uid
 * @returns {Model}
 */
// Models and attributes named by strings read at run time, which Strapi's types only take as literals.
export const modelOf = (strapi, uid) => /** @type {Model} */ (/** @type {unknown} */ (strapi.getModel(/** @type {Parameters<Strapi['getModel']>[0]} */ (uid))));

/**
 * @param {Strapi} strapi
 * @param {Parameters<Strapi['documents']>[0]} uid
 * @returns {Documents}
 */
// Strapi validates what the generator writes; its generated input types would repeat every enumeration here.
export const documentsOf = (strapi, uid) => /** @type {Documents} */ (/** @type {unknown} */ (strapi.documents(uid)));

/**
 * The port a Strapi that listens was given (PORT=0 picks a free one).
 * @param {Strapi} strapi
 */
export const listeningPort = (strapi) => {
  const address = strapi.server.httpServer.address();
  return typeof address === 'object' && address ? address.port : 0;
};

/**
 * A value inside nested objects, or undefined where the path leads nowhere.
 * @param {unknown} value
 * @param {string[]} path
 * @returns {unknown}
 */
export const at = (value, ...path) => path.reduce((inner, key) => (inner !== null && typeof inner === 'object' && key in inner ? Reflect.get(inner, key) : undefined), value);

/**
 * @param {Strapi} strapi
 * @param {string} uid
 */
export const isComponent = (strapi, uid) => uid in strapi.components;

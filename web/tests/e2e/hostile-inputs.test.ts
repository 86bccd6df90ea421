// Hostile inputs against the CMS's GraphQL API, its REST API, the site's webhook and the
// proposal form: query bombs, malformed and mistyped bodies, oversized bodies, and XSS and SQL
// payloads in every text field and typed argument. Each case answers the exact 4xx decided for
// it, with a body that names the problem and no stack trace, SQL or file path, and the CMS's
// database is the same afterwards. The few cases that are not refusals are counted apart: SQL-like
// text in a free-text field is stored as text, and a payload in a string filter finds nothing.
// (URLs against the site's pages are hostile-urls.test.ts.)
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { databaseChanges, readDatabase, type DatabaseRows } from './support/cms-database';
import { ADAPTER_NODE_START, jsonLines, rawLines } from './support/logs';
import { MIN_FILL_MS, validProposal } from './support/proposal';
import { stackTraceIn, textOf } from './support/site';

const siteUrl = inject('siteUrl');
const cmsUrl = inject('cmsUrl');
// The site server's token: the CMS's rate limit does not count it, so hundreds of cases never
// meet a 429 and leave 127.0.0.1's budget to the files after this one. Cases marked `public`
// send no token, as a partner's browser does.
const { siteToken, revalidate: revalidateSecret } = inject('secrets');
const logs = { cms: inject('cmsLog'), site: inject('siteLog') };

type Answer = { status: number; headers: Headers; text: string; ms: number };

const call = async (url: string, init: RequestInit = {}): Promise<Answer> => {
  const started = Date.now();
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000), ...init });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, ms: Date.now() - started };
};

/** Database and server words that must never reach a client (a refusal may quote the payload itself). */
const LEAKS = [/\bselect\b[^"]{0,200}\bfrom\b/i, /\binsert into\b/i, /sqlite|knex|better-sqlite3|SQLSTATE/i, /\/(?:work|tmp|home|usr|srv|app)\/[\w.-]+\//];

const escapedForms = (payload: string) => [
  payload,
  JSON.stringify(payload).slice(1, -1),
  payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'),
];

const leaksIn = (text: string, payload = '') => {
  const rest = payload ? escapedForms(payload).reduce((left, form) => left.split(form).join(''), text) : text;
  return [...stackTraceIn(rest), ...LEAKS.filter((pattern) => pattern.test(rest)).map(String)];
};

// ---------------------------------------------------------------------------------------------
// GraphQL

type GraphQLCase = {
  name: string;
  /** The request body: an object is sent as JSON, a string as it is. */
  body: unknown;
  status: number;
  message: RegExp;
  /** Sent without a token, as anyone on the internet may. */
  public?: boolean;
  headers?: Record<string, string>;
  payload?: string;
};

const graphql = (body: unknown, { public: tokenless = false, headers = {} }: { public?: boolean; headers?: Record<string, string> } = {}) =>
  call(`${cmsUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(tokenless ? {} : { authorization: `Bearer ${siteToken}` }), ...headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
  });

const graphqlGet = (query: string) => call(`${cmsUrl}/graphql?${query}`, { headers: { authorization: `Bearer ${siteToken}` } });

/** A refusal in GraphQL's shape: no data, and the first error says why. */
const expectGraphQLRefusal = (answer: Answer, status: number, message: RegExp, payload?: string) => {
  expect(answer.status, answer.text.slice(0, 300)).toBe(status);
  const body = JSON.parse(answer.text) as { data?: unknown; errors?: { message: string }[] };
  expect(body.data ?? null).toBeNull();
  expect(body.errors?.[0]?.message).toMatch(message);
  expect(leaksIn(answer.text, payload)).toEqual([]);
};

const times = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(' ');
const nested = (levels: number): string => (levels === 0 ? 'slug' : `slug partners { slug places { ${nested(levels - 1)} } }`);
/** A chain of fragments, each spreading the next twice: 2^levels spreads in about 40 bytes a level. */
const fanOut = (levels: number, type: string, leaf: string) =>
  `${times(levels, (i) => `fragment f${i} on ${type} { ...f${i + 1} ...f${i + 1} }`)} fragment f${levels} on ${type} { ${leaf} }`;
const deepIntrospection = (levels: number) => {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = `fields { type { ofType { ${inner} } } }`;
  return inner;
};

const DEPTH = /exceeds maximum operation depth of 6/;
const ALIASES = /Aliases limit of 15 exceeded/;
const DIRECTIVES = /Directives limit of 10 exceeded/;
const COST = /Query cost \d+ exceeds the maximum of 1000/;
const READ_ONLY = /read-only|not configured to execute mutation|Cannot query field "\w+" on type "Mutation"/i;
const DRAFTS = /Drafts can only be read with the preview token/;

const queryBombs: GraphQLCase[] = [
  { name: 'depth: 7 nested lists', body: { query: `{ places { ${nested(3)} } }` }, status: 400, message: DEPTH },
  { name: 'depth: 50 nested lists', body: { query: `{ places { ${nested(25)} } }` }, status: 400, message: DEPTH },
  {
    name: 'depth: through named fragments',
    body: { query: `{ places { ...p } } fragment p on Place { partners { ...q } } fragment q on Partner { places { partners { places { partners { places { slug } } } } } }` },
    status: 400,
    message: DEPTH,
  },
  { name: 'depth: through inline fragments', body: { query: `{ places { ... on Place { partners { ... on Partner { places { ${nested(2)} } } } } } }` }, status: 400, message: DEPTH },
  { name: 'depth: public, without a token', body: { query: `{ places { ${nested(3)} } }` }, status: 400, message: DEPTH, public: true },
  { name: 'aliases: 16 at the root', body: { query: `{ ${times(16, (i) => `a${i}: themes { slug }`)} }` }, status: 400, message: ALIASES },
  { name: 'aliases: 200 at the root', body: { query: `{ ${times(200, (i) => `a${i}: themes { slug }`)} }` }, status: 400, message: ALIASES },
  { name: 'aliases: 16 on one nested field', body: { query: `{ themes { ${times(16, (i) => `s${i}: slug`)} } }` }, status: 400, message: ALIASES },
  { name: 'aliases: hidden in a fragment', body: { query: `{ themes { ...t } } fragment t on Theme { ${times(16, (i) => `s${i}: slug`)} }` }, status: 400, message: ALIASES },
  { name: 'aliases: public, without a token', body: { query: `{ ${times(20, (i) => `a${i}: themes { slug }`)} }` }, status: 400, message: ALIASES, public: true },
  {
    name: 'fragments: two spreading each other',
    body: { query: '{ places { ...a } } fragment a on Place { slug ...b } fragment b on Place { name ...a }' },
    status: 400,
    message: /Cannot spread fragment "a" within itself via "b"/,
  },
  { name: 'fragments: one spreading itself', body: { query: '{ places { ...a } } fragment a on Place { slug ...a }' }, status: 400, message: /Cannot spread fragment "a" within itself/ },
  {
    name: 'fragments: a cycle of three',
    body: { query: '{ themes { ...a } } fragment a on Theme { ...b } fragment b on Theme { ...c } fragment c on Theme { slug ...a }' },
    status: 400,
    message: /Cannot spread fragment "a" within itself via "b", "c"/,
  },
  { name: 'fragments: a cycle, public', body: { query: '{ places { ...a } } fragment a on Place { ...b } fragment b on Place { ...a }' }, status: 400, message: /within itself/, public: true },
  { name: 'fragments: an unknown fragment', body: { query: '{ places { ...missing } }' }, status: 400, message: /Unknown fragment "missing"/ },
  { name: 'fragments: on an unknown type', body: { query: '{ places { ...p } } fragment p on Nope { slug }' }, status: 400, message: /Unknown type "Nope"/ },
  { name: 'fragments: on a type that cannot match', body: { query: '{ places { ...p } } fragment p on Theme { slug }' }, status: 400, message: /Fragment "p" cannot be spread here/ },
  { name: 'fragments: 2^40 spreads of aliases', body: { query: `{ themes { ...f0 } } ${fanOut(40, 'Theme', 'x: slug')}` }, status: 400, message: ALIASES },
  { name: 'fragments: 2^40 spreads of a list', body: { query: `{ places { ...f0 } } ${fanOut(40, 'Place', 'partners { slug }')}` }, status: 400, message: COST },
  { name: 'fragments: 2^40 spreads of directives', body: { query: `{ themes { ...f0 } } ${fanOut(40, 'Theme', 'slug @include(if: true)')}` }, status: 400, message: DIRECTIVES },
  { name: 'directives: 11 on the fields of one list', body: { query: `{ themes { ${times(11, (i) => `d${i}: slug @include(if: true)`)} } }` }, status: 400, message: DIRECTIVES },
  { name: 'directives: 100 on one field', body: { query: `{ themes { slug ${times(100, () => '@skip(if: false)')} } }` }, status: 400, message: DIRECTIVES },
  { name: 'directives: split between a query and its fragment', body: { query: `{ themes { slug ${times(6, () => '@skip(if: false)')} ...t } } fragment t on Theme { name ${times(5, () => '@include(if: true)')} }` }, status: 400, message: DIRECTIVES },
  { name: 'directives: an unknown directive', body: { query: '{ themes @drop(table: "places") { slug } }' }, status: 400, message: /Unknown directive "@drop"/ },
  { name: 'directives: on the wrong location', body: { query: 'query @include(if: true) { themes { slug } }' }, status: 400, message: /Directive "@include" may not be used on QUERY/ },
  { name: 'page size: 100 × 100 × 100 nested', body: { query: `{ places(pagination: { limit: 100 }) { partners(pagination: { limit: 100 }) { places(pagination: { limit: 100 }) { slug } } } }` }, status: 400, message: COST },
  { name: 'page size: 100000 on nested lists', body: { query: `{ partners(pagination: { limit: 100000 }) { places(pagination: { limit: 100000 }) { slug } } }` }, status: 400, message: COST },
  {
    name: 'page size: a huge pageSize on a connection, through variables',
    body: { query: 'query ($p: PaginationArg) { places_connection(pagination: $p) { nodes { partners(pagination: $p) { slug } } } }', variables: { p: { pageSize: 1_000_000 } } },
    status: 400,
    message: COST,
  },
  { name: 'page size: beyond a 32-bit integer', body: { query: '{ places(pagination: { limit: 3000000000 }) { slug } }' }, status: 400, message: /Int cannot represent non 32-bit signed integer value: 3000000000/ },
  { name: 'page size: 1e12 through a variable', body: { query: 'query ($n: Int) { places(pagination: { pageSize: $n }) { slug } }', variables: { n: 1e12 } }, status: 400, message: /Int cannot represent non 32-bit signed integer value/ },
  { name: 'page size: limit -1, which Strapi reads as "all"', body: { query: '{ places(pagination: { limit: -1 }) { partners(pagination: { limit: -1 }) { slug } } }' }, status: 400, message: /Invalid argument pagination: page, pageSize and limit must be at least 1/ },
  { name: 'page size: pageSize 0', body: { query: '{ places(pagination: { page: 1, pageSize: 0 }) { slug } }' }, status: 400, message: /Invalid argument pagination: page, pageSize and limit must be at least 1/ },
  { name: 'page size: a negative start', body: { query: '{ places(pagination: { start: -5, limit: 10 }) { slug } }' }, status: 400, message: /Invalid argument pagination: start must not be negative/ },
  { name: 'page size: page and limit together', body: { query: '{ places(pagination: { page: 1, limit: 10 }) { slug } }' }, status: 400, message: /Invalid argument pagination: use either page and pageSize, or start and limit/ },
  { name: 'batching: two operations in an array', body: [{ query: '{ themes { slug } }' }, { query: '{ regions { slug } }' }], status: 400, message: /Operation batching disabled/ },
  { name: 'batching: 1000 operations in an array', body: Array.from({ length: 1000 }, () => ({ query: '{ themes { slug } }' })), status: 400, message: /Operation batching disabled/ },
  { name: 'batching: an empty array', body: [], status: 400, message: /Operation batching disabled/ },
  { name: 'batching: public, without a token', body: [{ query: '{ themes { slug } }' }], status: 400, message: /Operation batching disabled/, public: true },
  { name: 'tokens: 3000 fields', body: { query: `{ themes { ${times(3000, () => 'slug')} } }` }, status: 400, message: /Syntax Error: Document contains more that 2000 tokens\. Parsing aborted/ },
  { name: 'tokens: 2500 arguments', body: { query: `{ themes(sort: [${times(2500, () => '"slug"')}]) { slug } }` }, status: 400, message: /Document contains more that 2000 tokens/ },
  { name: 'long string: a 100 kB locale', body: { query: `{ places(locale: "${'x'.repeat(100_000)}") { slug } }` }, status: 400, message: /Expected value of type "I18NLocaleCode"/, payload: 'x'.repeat(100_000) },
  { name: 'long string: a 100 kB documentId', body: { query: `{ place(documentId: "${'a'.repeat(100_000)}") { slug } }` }, status: 400, message: /Invalid argument documentId/ },
  { name: 'long string: a 100 kB sort key', body: { query: `{ places(sort: "${'n'.repeat(100_000)}") { slug } }` }, status: 400, message: /Invalid key n+/, payload: 'n'.repeat(100_000) },
  { name: 'long string: a 100 kB operation name', body: { query: '{ themes { slug } }', operationName: 'o'.repeat(100_000) }, status: 400, message: /Unknown operation named "o+"/, payload: 'o'.repeat(100_000) },
  { name: 'unknown: a field', body: { query: '{ places { password } }' }, status: 400, message: /Cannot query field "password" on type "Place"/ },
  { name: 'unknown: a root field', body: { query: '{ users { email } }' }, status: 400, message: /Cannot query field "users" on type "Query"/ },
  { name: 'unknown: an argument', body: { query: '{ places(where: { slug: "x" }) { slug } }' }, status: 400, message: /Unknown argument "where" on field "Query.places"/ },
  { name: 'unknown: a filter on a private field', body: { query: '{ places(filters: { internalNotes: { contains: "x" } }) { slug } }' }, status: 400, message: /Field "internalNotes" is not defined by type "PlaceFiltersInput"/ },
  { name: 'unknown: a variable type', body: { query: 'query ($x: Nope) { themes { slug } }' }, status: 400, message: /Unknown type "Nope"/ },
  { name: 'introspection: __type nested 12 deep', body: { query: `{ __type(name: "Place") { ${deepIntrospection(12)} } }` }, status: 400, message: /Maximum introspection depth exceeded/ },
  { name: 'introspection: __schema nested deep', body: { query: `{ __schema { types { ${deepIntrospection(10)} } } }` }, status: 400, message: /Maximum introspection depth exceeded/ },
  { name: 'introspection: nested deep, public', body: { query: `{ __type(name: "Partner") { ${deepIntrospection(12)} } }` }, status: 400, message: /Maximum introspection depth exceeded/, public: true },
  { name: 'mutation: createPlace', body: { query: 'mutation { createPlace(data: { name: "X", slug: "x", teaser: "x" }) { documentId } }' }, status: 400, message: READ_ONLY },
  { name: 'mutation: deletePlace', body: { query: 'mutation { deletePlace(documentId: "abc") { documentId } }' }, status: 400, message: READ_ONLY },
  { name: 'mutation: register a user', body: { query: 'mutation { register(input: { username: "eve", email: "eve@example.com", password: "Secret123" }) { jwt } }' }, status: 400, message: READ_ONLY },
  { name: 'mutation: public, without a token', body: { query: 'mutation { updatePlace(documentId: "abc", data: { name: "X" }) { documentId } }' }, status: 400, message: READ_ONLY, public: true },
  { name: 'subscription', body: { query: 'subscription { themes { slug } }' }, status: 400, message: /read-only: subscription operations are not supported/ },
  { name: 'drafts: status DRAFT on a list', body: { query: '{ places(status: DRAFT) { slug } }' }, status: 403, message: DRAFTS },
  { name: 'drafts: status DRAFT on one place', body: { query: '{ place(documentId: "abc123", status: DRAFT) { slug } }' }, status: 403, message: DRAFTS },
  { name: 'drafts: status DRAFT through a variable', body: { query: 'query ($s: PublicationStatus) { places(status: $s) { slug } }', variables: { s: 'DRAFT' } }, status: 403, message: DRAFTS },
  { name: 'drafts: status DRAFT on a single type', body: { query: '{ homepage(status: DRAFT) { featuredPlaces { slug } } }' }, status: 403, message: DRAFTS },
  { name: 'drafts: status DRAFT under an alias', body: { query: '{ published: places { slug } drafts: articles(status: DRAFT) { slug } }' }, status: 403, message: DRAFTS },
  { name: 'drafts: status DRAFT, public', body: { query: '{ meetings(status: DRAFT) { slug } }' }, status: 403, message: DRAFTS, public: true },
  { name: 'drafts: status as a string', body: { query: '{ places(status: "DRAFT") { slug } }' }, status: 400, message: /Enum "PublicationStatus" cannot represent non-enum value: "DRAFT"/ },
  { name: 'drafts: status in lower case', body: { query: '{ places(status: draft) { slug } }' }, status: 400, message: /Value "draft" does not exist in "PublicationStatus" enum/ },
  { name: 'variables: text for an Int', body: { query: 'query ($l: Int) { places(pagination: { limit: $l }) { slug } }', variables: { l: 'viele' } }, status: 400, message: /Variable "\$l" got invalid value "viele"; Int cannot represent non-integer value/ },
  { name: 'variables: an object for an ID', body: { query: 'query ($id: ID!) { place(documentId: $id) { slug } }', variables: { id: { $ne: null } } }, status: 400, message: /Variable "\$id" got invalid value|Invalid argument documentId/ },
  { name: 'variables: a required one missing', body: { query: 'query ($l: Int!) { places(pagination: { limit: $l }) { slug } }' }, status: 400, message: /Variable "\$l" of required type "Int!" was not provided/ },
  { name: 'variables: an unknown locale', body: { query: 'query ($loc: I18NLocaleCode) { places(locale: $loc) { slug } }', variables: { loc: 'xx' } }, status: 400, message: /Invalid argument locale: not a locale code such as "de" or "en"/ },
  { name: 'variables: an array instead of an object', body: { query: '{ themes { slug } }', variables: [1, 2] }, status: 400, message: /`variables` in a POST body must be an object/ },
  { name: 'operation name: a number', body: { query: '{ themes { slug } }', operationName: 5 }, status: 400, message: /`operationName` in a POST body must be a string/ },
  { name: 'operation name: unknown', body: { query: 'query A { themes { slug } }', operationName: 'B' }, status: 400, message: /Unknown operation named "B"/ },
  { name: 'operation name: missing with two operations', body: { query: 'query A { themes { slug } } query B { regions { slug } }' }, status: 400, message: /Must provide operation name if query contains multiple operations/ },
];

// ---------------------------------------------------------------------------------------------
// Malformed bodies and wrong content types

const JSON_INVALID = /The request body is not valid JSON/;
const JSON_ONLY = /POST \/graphql takes a JSON body with Content-Type: application\/json/;

const malformedGraphQL: GraphQLCase[] = [
  { name: 'invalid JSON', body: '{"query": ', status: 400, message: JSON_INVALID },
  { name: 'truncated JSON', body: '{"query":"{ themes { slug } }"', status: 400, message: JSON_INVALID },
  { name: 'JSON with trailing garbage', body: '{"query":"{ themes { slug } }"} x', status: 400, message: JSON_INVALID },
  { name: 'single quotes', body: "{'query':'{ themes { slug } }'}", status: 400, message: JSON_INVALID },
  { name: 'invalid JSON, public', body: '{"query" "x"}', status: 400, message: JSON_INVALID, public: true },
  { name: 'a JSON number', body: '42', status: 400, message: /not valid JSON: invalid JSON, only supports object and array/ },
  { name: 'JSON null', body: 'null', status: 400, message: /not valid JSON: invalid JSON, only supports object and array/ },
  { name: 'a JSON string', body: '"{ themes { slug } }"', status: 400, message: /not valid JSON: invalid JSON, only supports object and array/ },
  { name: 'JSON true', body: 'true', status: 400, message: /not valid JSON: invalid JSON, only supports object and array/ },
  { name: 'a __proto__ key', body: '{"__proto__": {"isAdmin": true}, "query": "{ themes { slug } }"}', status: 400, message: /forbidden prototype property/ },
  { name: 'query is a number', body: { query: 5 }, status: 400, message: /GraphQL queries must be strings/ },
  { name: 'query is an array', body: { query: ['{ themes { slug } }'] }, status: 400, message: /GraphQL queries must be strings/ },
  { name: 'query is null', body: { query: null }, status: 400, message: /must contain a non-empty `query`/ },
  { name: 'an empty object', body: {}, status: 400, message: /must contain a non-empty `query`|JSON object has no keys/ },
  { name: 'not GraphQL at all', body: { query: "SELECT * FROM admin_users WHERE '1'='1'" }, status: 400, message: /Syntax Error: Unexpected Name "SELECT"/, payload: "SELECT * FROM admin_users WHERE '1'='1'" },
  { name: 'text/plain', body: JSON.stringify({ query: '{ themes { slug } }' }), headers: { 'content-type': 'text/plain' }, status: 415, message: JSON_ONLY },
  { name: 'text/plain, public', body: JSON.stringify({ query: '{ themes { slug } }' }), headers: { 'content-type': 'text/plain;charset=UTF-8' }, status: 415, message: JSON_ONLY, public: true },
  { name: 'form-urlencoded', body: 'query=%7B%20themes%20%7B%20slug%20%7D%20%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 415, message: JSON_ONLY },
  {
    name: 'multipart/form-data',
    body: '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ themes { slug } }\r\n--x--\r\n',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    status: 415,
    message: JSON_ONLY,
  },
  { name: 'application/xml', body: '<query>{ themes { slug } }</query>', headers: { 'content-type': 'application/xml' }, status: 415, message: JSON_ONLY },
  { name: 'application/graphql', body: '{ themes { slug } }', headers: { 'content-type': 'application/graphql' }, status: 415, message: JSON_ONLY },
  { name: 'no Content-Type', body: new TextEncoder().encode(JSON.stringify({ query: '{ themes { slug } }' })), headers: { 'content-type': '' }, status: 415, message: JSON_ONLY },
  { name: 'gzip that is not gzip', body: '{"query":"{ themes { slug } }"}', headers: { 'content-encoding': 'gzip' }, status: 400, message: /The request body is not valid gzip data/ },
  { name: 'an unknown Content-Encoding', body: '{"query":"{ themes { slug } }"}', headers: { 'content-encoding': 'compress' }, status: 415, message: /Unsupported Content-Encoding: compress/ },
];

const malformedGet: { name: string; query: string; status: number; message: RegExp }[] = [
  { name: 'undecodable percent-encoding', query: 'query=%E0%A4%A', status: 400, message: /Syntax Error: Unexpected character: U\+FFFD/ },
  { name: 'variables that are not JSON', query: `query=${encodeURIComponent('{ themes { slug } }')}&variables=%7Bnot`, status: 400, message: /variables search parameter contains invalid JSON/ },
  { name: 'extensions that are not JSON', query: `query=${encodeURIComponent('{ themes { slug } }')}&extensions=%7Bnot`, status: 400, message: /extensions search parameter contains invalid JSON/ },
  { name: 'an empty query', query: 'query=', status: 400, message: /must contain a non-empty `query`/ },
  { name: 'the query twice', query: `query=${encodeURIComponent('{ themes { slug } }')}&query=${encodeURIComponent('{ regions { slug } }')}`, status: 400, message: /query/ },
  { name: 'a mutation', query: `query=${encodeURIComponent('mutation { deletePlace(documentId: "abc") { documentId } }')}`, status: 400, message: READ_ONLY },
];

type RestCase = { name: string; method: string; path: string; body: string; headers?: Record<string, string>; status: number; message: RegExp };

const malformedRest: RestCase[] = [
  { name: 'POST /api/places with invalid JSON', method: 'POST', path: '/api/places', body: '{"data": {', status: 400, message: JSON_INVALID },
  { name: 'PUT /api/places/:id with invalid JSON', method: 'PUT', path: '/api/places/abc123', body: '{"data": {"name": }}', status: 400, message: JSON_INVALID },
  { name: 'POST /api/submissions with invalid JSON', method: 'POST', path: '/api/submissions', body: '{"data"', status: 400, message: JSON_INVALID },
  { name: 'POST /api/places with a JSON number', method: 'POST', path: '/api/places', body: '7', status: 400, message: /not valid JSON: invalid JSON, only supports object and array/ },
  { name: 'POST /api/places with a __proto__ key', method: 'POST', path: '/api/places', body: '{"__proto__": {"x": 1}}', status: 400, message: /forbidden prototype property/ },
  { name: 'POST /api/places with gzip that is not gzip', method: 'POST', path: '/api/places', body: '{}', headers: { 'content-encoding': 'gzip' }, status: 400, message: /not valid gzip data/ },
  { name: 'POST /admin/login with invalid JSON', method: 'POST', path: '/admin/login', body: '{"email": "admin@example.com", ', status: 400, message: JSON_INVALID },
];

const rest = ({ method, path, body, headers = {} }: Omit<RestCase, 'name' | 'status' | 'message'>) =>
  call(`${cmsUrl}${path}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${siteToken}`, ...headers }, body });

/** Strapi's REST error shape, with a name that is not a JavaScript error class. */
const expectRestRefusal = (answer: Answer, status: number, message: RegExp) => {
  expect(answer.status, answer.text.slice(0, 300)).toBe(status);
  const body = JSON.parse(answer.text) as { data: unknown; error: { status: number; name: string; message: string } };
  expect(body.data).toBeNull();
  expect(body.error.status).toBe(status);
  expect(body.error.message).toMatch(message);
  expect(leaksIn(answer.text)).toEqual([]);
};

type WebhookCase = { name: string; secret?: string; headers?: Record<string, string>; body?: string; method?: string; status: number; message: RegExp };

const NOT_AN_OBJECT = /Der Inhalt ist kein JSON-Objekt/;
const WRONG_SECRET = /Ungültiges Geheimnis/;

const webhookCases: WebhookCase[] = [
  { name: 'no secret', body: '{"event":"entry.publish"}', status: 401, message: WRONG_SECRET },
  { name: 'a wrong secret', secret: 'falsch', body: '{"event":"entry.publish"}', status: 401, message: WRONG_SECRET },
  { name: 'the secret with a character more', secret: `${revalidateSecret}x`, body: '{}', status: 401, message: WRONG_SECRET },
  { name: 'a wrong secret and invalid JSON', secret: 'falsch', body: '{"event":', status: 401, message: WRONG_SECRET },
  { name: 'an SQL payload as the secret', secret: "' OR '1'='1", body: '{}', status: 401, message: WRONG_SECRET },
  { name: 'the secret, invalid JSON', secret: revalidateSecret, body: '{"event":', status: 400, message: NOT_AN_OBJECT },
  { name: 'the secret, a JSON array', secret: revalidateSecret, body: '[{"event":"entry.publish"}]', status: 400, message: NOT_AN_OBJECT },
  { name: 'the secret, a JSON string', secret: revalidateSecret, body: '"entry.publish"', status: 400, message: NOT_AN_OBJECT },
  { name: 'the secret, JSON null', secret: revalidateSecret, body: 'null', status: 400, message: NOT_AN_OBJECT },
  { name: 'the secret, an empty body', secret: revalidateSecret, body: '', status: 400, message: NOT_AN_OBJECT },
  {
    name: 'the secret, form data from the site itself',
    secret: revalidateSecret,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: siteUrl },
    body: 'event=entry.publish',
    status: 415,
    message: /Der Webhook muss JSON senden/,
  },
  { name: 'the secret, application/xml', secret: revalidateSecret, headers: { 'content-type': 'application/xml' }, body: '<event/>', status: 415, message: /Der Webhook muss JSON senden/ },
  { name: 'the secret, text/plain from another site', secret: revalidateSecret, headers: { 'content-type': 'text/plain', origin: 'https://evil.example' }, body: '{}', status: 403, message: /Cross-site POST form submissions are forbidden/ },
  { name: 'GET', method: 'GET', status: 405, message: /GET method not allowed/ },
];

const webhook = ({ secret, headers = {}, body, method = 'POST' }: Omit<WebhookCase, 'name' | 'status' | 'message'>) =>
  call(`${siteUrl}/api/revalidate`, {
    method,
    headers: { 'content-type': 'application/json', ...(secret === undefined ? {} : { 'x-revalidate-secret': secret }), ...headers },
    body,
  });

// ---------------------------------------------------------------------------------------------
// The proposal form

let formToken = '';
let lastAddress = 0;
/** Each request from its own address (the test site reads X-Forwarded-For), so that no case uses up another's rate limit. */
const nextAddress = () => {
  lastAddress += 1;
  return `198.18.${Math.floor(lastAddress / 250)}.${(lastAddress % 250) + 1}`;
};

type FormFields = Record<string, string | string[]>;

/** A complete proposal as a browser without JavaScript sends it. */
const validForm = (name: string): FormFields => {
  const { themes, consent, ...text } = validProposal(name);
  return { ...text, themes, ...(consent ? { consent: 'yes' } : {}), homepage: '', formStarted: formToken };
};

const encodeForm = (fields: FormFields) => {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
  return body.toString();
};

const postForm = (body: string | Uint8Array, headers: Record<string, string> = {}) =>
  call(`${siteUrl}/mitmachen`, {
    method: 'POST',
    headers: { origin: siteUrl, accept: 'text/html', 'x-forwarded-for': nextAddress(), 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: body as BodyInit,
  });

/** The fields the form marks as refused, in its order. */
const refusedFields = (html: string) => [...html.matchAll(/id="proposal-(\w+)-error"/g)].map((match) => match[1]);

const expectFieldRefused = (answer: Answer, field: string, payload: string) => {
  expect(answer.status, textOf(answer.text).slice(0, 300)).toBe(400);
  expect(refusedFields(answer.text)).toEqual([field]);
  if (/[<>]/.test(payload)) expect(answer.text.includes(payload), 'the payload comes back escaped').toBe(false);
  expect(leaksIn(answer.text, payload)).toEqual([]);
};

type PageCase = { name: string; body: string | Uint8Array; headers?: Record<string, string>; status: number; message: RegExp };

const formTypes = (): PageCase[] => [
  { name: 'JSON', body: JSON.stringify({ name: 'Hof', town: 'Kläden' }), headers: { 'content-type': 'application/json' }, status: 415, message: /Hier nehmen wir nur Formulardaten an/ },
  { name: 'application/xml', body: '<proposal><name>Hof</name></proposal>', headers: { 'content-type': 'application/xml' }, status: 415, message: /Hier nehmen wir nur Formulardaten an/ },
  { name: 'no Content-Type', body: new TextEncoder().encode(encodeForm(validForm('Ohne Typ'))), headers: { 'content-type': '' }, status: 415, message: /Hier nehmen wir nur Formulardaten an/ },
  { name: 'text/plain', body: encodeForm(validForm('Nur Text')), headers: { 'content-type': 'text/plain' }, status: 400, message: /Das Formular kam unlesbar an/ },
  { name: 'broken multipart', body: '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nHof', headers: { 'content-type': 'multipart/form-data; boundary=x' }, status: 400, message: /Das Formular kam unlesbar an/ },
  { name: 'multipart without a boundary', body: 'name=Hof', headers: { 'content-type': 'multipart/form-data' }, status: 400, message: /Das Formular kam unlesbar an/ },
  { name: 'from another site', body: encodeForm(validForm('Fremder Hof')), headers: { origin: 'https://evil.example' }, status: 403, message: /Cross-site POST form submissions are forbidden/ },
  { name: 'without X-Forwarded-For, past the proxy', body: encodeForm(validForm('Hof ohne Adresse')), headers: { 'x-forwarded-for': '' }, status: 400, message: /ohne die Adresse Ihres Anschlusses/ },
];

const expectPageRefusal = (answer: Answer, status: number, message: RegExp) => {
  expect(answer.status, textOf(answer.text).slice(0, 300)).toBe(status);
  expect(textOf(answer.text)).toMatch(message);
  expect(leaksIn(answer.text)).toEqual([]);
};

// ---------------------------------------------------------------------------------------------
// XSS and SQL payloads

const XSS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '<a href="javascript:alert(1)">Hof</a>'];
const SQL = ["x' OR '1'='1", "'; DROP TABLE submissions; --", "1 UNION SELECT password FROM admin_users --"];

const textFields = ['name', 'town', 'district', 'description', 'website', 'contactName', 'contactEmail'] as const;
/** Text that is free by nature: a name, a place, a description. SQL-like text there is text, stored as typed. */
const freeTextFields = ['name', 'town', 'district', 'description', 'contactName'] as const;

const formXss = textFields.flatMap((field) => XSS.map((payload) => ({ field, payload })));

/** Fields with a format, and values that are SQL rather than that format. */
const formSql: { field: string; set: (form: FormFields, payload: string) => void; payload: string }[] = [
  ...[SQL[0], 'jana@example.org\' OR 1=1 --'].map((payload) => ({ field: 'contactEmail', payload, set: (f: FormFields, p: string) => (f.contactEmail = p) })),
  ...[SQL[1], "hof.de' OR '1'='1"].map((payload) => ({ field: 'website', payload, set: (f: FormFields, p: string) => (f.website = p) })),
  ...[SQL[0], "active' OR '1'='1"].map((payload) => ({ field: 'stage', payload, set: (f: FormFields, p: string) => (f.stage = p) })),
  ...[SQL[1], "wohnen-bauen' OR 1=1 --"].map((payload) => ({ field: 'themes', payload, set: (f: FormFields, p: string) => (f.themes = [p]) })),
  { field: 'consent', payload: "yes' OR '1'='1", set: (f: FormFields, p: string) => (f.consent = p) },
];

const formStoredAsText = freeTextFields.map((field, i) => ({ field, payload: SQL[i % SQL.length] }));

const BAD_DOCUMENT_ID = /Invalid argument documentId: a document id has 1 to 64 lowercase letters and digits/;
const BAD_LOCALE = /Expected value of type "I18NLocaleCode", found .*; Unknown locale supplied/;

const typedArguments: GraphQLCase[] = [
  ...['place', 'meeting', 'article', 'partner', 'redirect'].flatMap((field) =>
    [SQL[0], XSS[0]].map((payload) => ({
      name: `${field}(documentId: ${payload})`,
      body: { query: `query ($id: ID!) { ${field}(documentId: $id) { documentId } }`, variables: { id: payload } },
      status: 400,
      message: BAD_DOCUMENT_ID,
      payload,
    })),
  ),
  { name: 'place(documentId: SQL), public', body: { query: `{ place(documentId: "${SQL[2]}") { slug } }` }, status: 400, message: BAD_DOCUMENT_ID, public: true, payload: SQL[2] },
  ...[
    ['places', 'slug', SQL[0]],
    ['place(documentId: "abc123",', 'slug', SQL[1]],
    ['homepage', 'heroTitle', XSS[0]],
    ['themes', 'slug', XSS[2]],
    ['regions', 'slug', "de' --"],
    ['articles', 'slug', 'de%00'],
  ].map(([field, select, payload]) => {
    const call = field.endsWith(',') ? `${field} locale: $locale)` : `${field}(locale: $locale)`;
    return {
      name: `${field.replace(/\(.*/, '')}(locale: ${payload})`,
      body: { query: `query ($locale: I18NLocaleCode) { ${call} { ${select} } }`, variables: { locale: payload } },
      status: 400,
      message: /Invalid argument locale: not a locale code such as "de" or "en"/,
      payload,
    };
  }),
  { name: 'places(locale: XSS) as a literal', body: { query: `{ places(locale: ${JSON.stringify(XSS[1])}) { slug } }` }, status: 400, message: BAD_LOCALE, payload: XSS[1] },
  { name: 'places(status: SQL)', body: { query: `{ places(status: ${JSON.stringify(SQL[0])}) { slug } }` }, status: 400, message: /Enum "PublicationStatus" cannot represent non-enum value/, payload: SQL[0] },
  { name: 'places(status: XSS)', body: { query: `{ places(status: ${JSON.stringify(XSS[0])}) { slug } }` }, status: 400, message: /Enum "PublicationStatus" cannot represent non-enum value/, payload: XSS[0] },
  { name: 'pagination limit: SQL', body: { query: 'query ($n: Int) { places(pagination: { limit: $n }) { slug } }', variables: { n: '1 OR 1=1' } }, status: 400, message: /Int cannot represent non-integer value: "1 OR 1=1"/, payload: '1 OR 1=1' },
  { name: 'pagination start: XSS', body: { query: 'query ($n: Int) { places(pagination: { start: $n }) { slug } }', variables: { n: XSS[0] } }, status: 400, message: /Int cannot represent non-integer value/, payload: XSS[0] },
  { name: 'placesNear(lat: SQL)', body: { query: `{ placesNear(lat: ${JSON.stringify(SQL[0])}, lng: 11.8, radiusKm: 10) { distanceKm } }` }, status: 400, message: /Float cannot represent non numeric value/, payload: SQL[0] },
  { name: 'placesNear(radiusKm: XSS)', body: { query: 'query ($r: Float!) { placesNear(lat: 52.6, lng: 11.8, radiusKm: $r) { distanceKm } }', variables: { r: XSS[0] } }, status: 400, message: /Float cannot represent non numeric value/, payload: XSS[0] },
  { name: 'filters isSample: XSS for a Boolean', body: { query: `{ places(filters: { isSample: { eq: ${JSON.stringify(XSS[0])} } }) { slug } }` }, status: 400, message: /Boolean cannot represent a non boolean value/, payload: XSS[0] },
  { name: 'filters latitude: SQL for a Float', body: { query: `{ places(filters: { geo: { latitude: { gt: ${JSON.stringify(SQL[0])} } } }) { slug } }` }, status: 400, message: /Float cannot represent non numeric value/, payload: SQL[0] },
  { name: 'sort: SQL', body: { query: `{ places(sort: ${JSON.stringify(SQL[1])}) { slug } }` }, status: 400, message: /Invalid key/, payload: SQL[1] },
  { name: 'sort: XSS', body: { query: `{ places(sort: [${JSON.stringify(XSS[0])}]) { slug } }` }, status: 400, message: /Invalid key/, payload: XSS[0] },
  { name: 'sort: SQL after a valid key', body: { query: `{ places(sort: ["name:asc", ${JSON.stringify(`slug:${SQL[0]}`)}]) { slug } }` }, status: 400, message: /Invalid order|Invalid key/, payload: `slug:${SQL[0]}` },
];

/** Payloads in string filters are values to compare with: a valid query that finds nothing. */
const foundNothing: { name: string; query: string; variables: Record<string, string>; list: string }[] = [
  { name: 'places(filters: { slug: { eq: SQL } })', query: 'query ($v: String) { places(filters: { slug: { eq: $v } }) { slug } }', variables: { v: SQL[0] }, list: 'places' },
  { name: 'places(filters: { name: { containsi: XSS } })', query: 'query ($v: String) { places(filters: { name: { containsi: $v } }) { slug } }', variables: { v: XSS[0] }, list: 'places' },
  { name: 'partners(filters: { documentId: { eq: SQL } })', query: 'query ($v: ID) { partners(filters: { documentId: { eq: $v } }) { slug } }', variables: { v: SQL[1] }, list: 'partners' },
];

// ---------------------------------------------------------------------------------------------

/** Tables that record use rather than content: API tokens' last use, admin sessions, the reach statistics' daily counts. */
const RECORDS_USE = /^(strapi_api_tokens|strapi_sessions|reach_counts)$/;

describe('hostile inputs', () => {
  let before: DatabaseRows;
  const linesBefore = { cms: 0, site: 0 };

  beforeAll(async () => {
    before = readDatabase(RECORDS_USE);
    linesBefore.cms = rawLines(logs.cms).length;
    linesBefore.site = rawLines(logs.site).length;
    const form = await call(`${siteUrl}/mitmachen`, { headers: { 'x-forwarded-for': nextAddress() } });
    formToken = /<input[^>]*name="formStarted"[^>]*value="([^"]+)"/.exec(form.text)?.[1] ?? '';
    expect(formToken).not.toBe('');
    await new Promise((done) => setTimeout(done, MIN_FILL_MS + 300));
  });

  describe(`GraphQL query bombs (${queryBombs.length} cases, each a 4xx)`, () => {
    it.each(queryBombs)('$name: $status', async ({ body, status, message, public: tokenless, payload }) => {
      const answer = await graphql(body, { public: tokenless });
      expectGraphQLRefusal(answer, status, message, payload);
      // Refused before any work grows with the bomb.
      expect(answer.ms).toBeLessThan(5_000);
    });
  });

  const malformedCount = malformedGraphQL.length + malformedGet.length + malformedRest.length + webhookCases.length + formTypes().length;
  describe(`malformed JSON and wrong content types (${malformedCount} cases, each a 4xx)`, () => {
    it.each(malformedGraphQL)('POST /graphql, $name: $status', async ({ body, headers, status, message, public: tokenless, payload }) => {
      expectGraphQLRefusal(await graphql(body, { public: tokenless, headers }), status, message, payload);
    });

    it.each(malformedGet)('GET /graphql, $name: $status', async ({ query, status, message }) => {
      expectGraphQLRefusal(await graphqlGet(query), status, message);
    });

    it.each(malformedRest)('$name: $status', async ({ status, message, ...request }) => {
      expectRestRefusal(await rest(request), status, message);
    });

    it.each(webhookCases)('the site\'s /api/revalidate, $name: $status', async ({ status, message, ...request }) => {
      const answer = await webhook(request);
      expect(answer.status, answer.text.slice(0, 300)).toBe(status);
      expect(answer.text).toMatch(message);
      expect(leaksIn(answer.text)).toEqual([]);
    });

    it.each(formTypes())('the proposal form as $name: $status', async ({ body, headers, status, message }) => {
      expectPageRefusal(await postForm(body, headers), status, message);
    });
  });

  describe('oversized bodies (18 cases, each a 4xx)', () => {
    const TOO_LARGE = /The request body is larger than the limit of 1048576 bytes/;

    it.each([
      { name: 'a 2 MB variable', body: JSON.stringify({ query: '{ themes { slug } }', variables: { x: 'a'.repeat(2_000_000) } }), public: false },
      { name: 'a 1.1 MB query', body: JSON.stringify({ query: `{ themes { slug } } # ${'x'.repeat(1_100_000)}` }), public: false },
      { name: 'a 2 MB body, public', body: JSON.stringify({ query: '{ themes { slug } }', x: 'a'.repeat(2_000_000) }), public: true },
      { name: '20 MB of gzip in 20 kB', body: gzipSync(Buffer.from(JSON.stringify({ query: '{ themes { slug } }', x: ' '.repeat(20_000_000) }))), public: false },
    ])('POST /graphql, $name: 413, and the CMS answers the next query', async ({ name, body, public: tokenless }) => {
      const headers: Record<string, string> = name.includes('gzip') ? { 'content-encoding': 'gzip' } : {};
      expectGraphQLRefusal(await graphql(body instanceof Buffer ? new Uint8Array(body) : body, { public: tokenless, headers }), 413, TOO_LARGE);
      const next = await graphql({ query: '{ themes { slug } }' });
      expect(next.status).toBe(200);
      expect(JSON.parse(next.text).data.themes).toHaveLength(3);
    });

    it('POST /api/places with 2 MB of JSON: 413', async () => {
      expectRestRefusal(await rest({ method: 'POST', path: '/api/places', body: JSON.stringify({ data: { name: 'x'.repeat(2_000_000) } }) }), 413, TOO_LARGE);
    });

    it('the proposal form with a 600 kB body: 413, and the form still works', async () => {
      const fields = validForm('Riesenhof');
      fields.description = 'x'.repeat(600_000);
      expectPageRefusal(await postForm(encodeForm(fields)), 413, /Das Formular ist zu groß, um es anzunehmen/);
      expect((await call(`${siteUrl}/mitmachen`)).status).toBe(200);
    });

    const maxLengths: Record<(typeof textFields)[number], number> = { name: 120, town: 80, district: 80, description: 1000, website: 300, contactName: 120, contactEmail: 254 };
    it.each(textFields)('the proposal form with %s one character too long: 400 naming it', async (field) => {
      const fields = validForm('Langer Hof');
      const tooLong = field === 'website' ? `https://hof.de/${'a'.repeat(maxLengths.website)}` : field === 'contactEmail' ? `${'a'.repeat(maxLengths.contactEmail)}@x.de` : 'a'.repeat(maxLengths[field] + 1);
      fields[field] = tooLong;
      const answer = await postForm(encodeForm(fields));
      expectFieldRefused(answer, field, tooLong);
      expect(textOf(answer.text)).toMatch(/höchstens [\d.]+ Zeichen, jetzt sind es [\d.]+/);
    });

    it.each(['name', 'description'])('the proposal form with 200 kB in %s: 400 naming it', async (field) => {
      const fields = validForm('Noch längerer Hof');
      fields[field] = 'a'.repeat(200_000);
      expectFieldRefused(await postForm(encodeForm(fields)), field, '');
    });

    it('the proposal form with 5000 themes: 400 naming themes', async () => {
      const fields = validForm('Themenhof');
      fields.themes = Array.from({ length: 5000 }, (_, i) => `thema-${i}`);
      expectFieldRefused(await postForm(encodeForm(fields)), 'themes', '');
    });

    it('the site\'s /api/revalidate with 1 MB and the secret: 413', async () => {
      const answer = await webhook({ secret: revalidateSecret, body: JSON.stringify({ event: 'x'.repeat(1_000_000) }) });
      expect(answer.status).toBe(413);
      expect(answer.text).toMatch(/Der Inhalt ist größer, als der Webhook annimmt/);
      expect(leaksIn(answer.text)).toEqual([]);
    });

    it('the site\'s /api/revalidate with 1 MB and no secret: 401, before the body is read', async () => {
      const answer = await webhook({ body: JSON.stringify({ event: 'x'.repeat(1_000_000) }) });
      expect(answer.status).toBe(401);
      expect(answer.text).toMatch(WRONG_SECRET);
    });
  });

  const payloadCount = formXss.length + formSql.length + typedArguments.length;
  describe(`XSS and SQL payloads (${payloadCount} cases, each a 4xx)`, () => {
    it.each(formXss)('proposal $field: $payload is refused with 400 naming the field', async ({ field, payload }) => {
      const fields = validForm('Hof mit Markup');
      fields[field] = payload;
      expectFieldRefused(await postForm(encodeForm(fields)), field, payload);
    });

    it.each(formSql)('proposal $field: $payload is not its format: 400 naming the field', async ({ field, payload, set }) => {
      const fields = validForm('Hof mit SQL');
      set(fields, payload);
      expectFieldRefused(await postForm(encodeForm(fields)), field, payload);
    });

    it.each(typedArguments)('GraphQL $name: $status', async ({ body, status, message, public: tokenless, payload }) => {
      expectGraphQLRefusal(await graphql(body, { public: tokenless }), status, message, payload);
    });
  });

  describe(`SQL-like text in free-text fields of the form is text (${formStoredAsText.length} cases, each stored as typed: 303, not a 4xx)`, () => {
    it.each(formStoredAsText)('proposal $field: $payload is stored byte for byte', async ({ field, payload }) => {
      const fields = validForm('Hof mit Anführungszeichen');
      const email = `sql-${field.toLowerCase()}@example.org`;
      fields[field] = payload;
      fields.contactEmail = email;
      const answer = await postForm(encodeForm(fields));
      expect(answer.status, textOf(answer.text).slice(0, 300)).toBe(303);
      const rows = readDatabase(/^(?!submissions$)/).submissions.map((row) => JSON.parse(row) as Record<string, unknown>).filter((row) => row.contact_email === email);
      expect(rows.length, 'stored once').toBe(1);
      expect(rows[0][field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]).toBe(payload);
    });
  });

  describe(`payloads in GraphQL string filters (${foundNothing.length} cases, each a 200 that finds nothing, not a 4xx)`, () => {
    it.each(foundNothing)('$name', async ({ query, variables, list }) => {
      const answer = await graphql({ query, variables });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.text)).toEqual({ data: { [list]: [] } });
    });
  });

  describe('afterwards', () => {
    it('the CMS and the site answer normally, and 127.0.0.1 keeps most of its CMS budget', async () => {
      const withToken = await graphql({ query: '{ places(pagination: { limit: 1 }) { slug } }' });
      expect(withToken.status).toBe(200);
      const tokenless = await graphql({ query: '{ themes { slug } }' }, { public: true });
      expect(tokenless.status).toBe(200);
      expect(Number(tokenless.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(90);
      for (const path of ['/', '/orte', '/orte/buergermeisterhof', '/mitmachen']) expect((await call(`${siteUrl}${path}`)).status, path).toBe(200);
    });

    it('neither the CMS nor the site logged an error or a stack trace for any of it', () => {
      const since = (process: 'cms' | 'site') => jsonLines(rawLines(logs[process]).slice(linesBefore[process]).filter((line) => !ADAPTER_NODE_START.test(line)));
      for (const process of ['cms', 'site'] as const) {
        const lines = since(process);
        expect(lines.length, process).toBeGreaterThan(50);
        expect(lines.filter((line) => line.level === 'error' || 'stack' in line).map((line) => JSON.stringify(line).slice(0, 300)), process).toEqual([]);
      }
    });

    it('the CMS database holds what it held before, and the proposals stored as text', () => {
      const changes = databaseChanges(before, readDatabase(RECORDS_USE));
      for (const [table, { removed }] of Object.entries(changes)) expect(removed, table).toEqual([]);
      // Each stored proposal adds its row and its themes' links, nothing else.
      expect(Object.keys(changes).filter((table) => !/^submissions(_themes_lnk)?$/.test(table))).toEqual([]);
      const added = (changes.submissions?.added ?? []).map((row) => (JSON.parse(row) as { contact_email: string }).contact_email).sort();
      expect(added).toEqual(formStoredAsText.map(({ field }) => `sql-${field.toLowerCase()}@example.org`).sort());
    });
  });
});

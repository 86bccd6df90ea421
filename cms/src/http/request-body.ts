import type { Core } from '@strapi/strapi';
import { restError } from './error-body';

type Context = Parameters<Core.MiddlewareHandler>[0];

type Refusal = { status: number; code: string; name: string; message: string };

/**
 * What raw-body and co-body (behind strapi::body and the GraphQL route's body parser) throw for a
 * body they cannot read. strapi::errors would log each with its stack and answer with the parser's
 * error name ("SyntaxError"); they are the client's mistake, so the answer says what is wrong.
 */
const bodyRefusal = (ctx: Context, error: unknown): Refusal | null => {
  if (!(error instanceof Error)) return null;
  const [status, type, limit, errno]: unknown[] = ['status', 'type', 'limit', 'errno'].map((field) => Reflect.get(error, field));
  // zlib's errors carry no status: a body that does not decompress as its Content-Encoding says.
  const encoding = ctx.get('content-encoding');
  if (encoding && typeof errno === 'number' && status === undefined) {
    return { status: 400, code: 'BAD_REQUEST', name: 'BadRequestError', message: `The request body is not valid ${encoding.slice(0, 20)} data.` };
  }
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  if (error instanceof SyntaxError && 'body' in error) {
    return { status: 400, code: 'BAD_REQUEST', name: 'BadRequestError', message: `The request body is not valid JSON: ${error.message}.` };
  }
  if (type === 'entity.too.large') {
    return { status: 413, code: 'PAYLOAD_TOO_LARGE', name: 'PayloadTooLargeError', message: `The request body is larger than the limit of ${limit} bytes.` };
  }
  // inflation's refusal of an unknown Content-Encoding has a status but no type.
  if (status === 415 || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', name: 'UnsupportedMediaTypeError', message: `The request body cannot be read: ${error.message}.` };
  }
  if (typeof type === 'string' && type.startsWith('request.')) {
    return { status: 400, code: 'BAD_REQUEST', name: 'BadRequestError', message: `The request body is incomplete: ${error.message}.` };
  }
  return null;
};

/** GraphQL clients read `errors`, REST clients Strapi's `error`. */
const refuse = (ctx: Context, { status, code, name, message }: Refusal) => {
  ctx.status = status;
  ctx.body = ctx.path === '/graphql' ? { errors: [{ message, extensions: { code } }] } : restError(status, name, message);
};

/**
 * Requests whose body cannot be what the route expects are answered here, before they count
 * against the rate limit or reach a parser: POST /graphql takes JSON only (Apollo would answer a
 * form or a text body with a vague 400, or run it), and an unreadable body is a 4xx that names
 * the problem and logs no stack.
 */
export default (() =>
  async (ctx, next) => {
    // is() gives null for a request without a body, which Apollo refuses with its own message.
    if (ctx.path === '/graphql' && ctx.method === 'POST' && ctx.is('application/json') === false) {
      return refuse(ctx, {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        name: 'UnsupportedMediaTypeError',
        message: `POST /graphql takes a JSON body with Content-Type: application/json, not ${ctx.get('content-type') ? `"${ctx.get('content-type').slice(0, 100)}"` : 'one without a Content-Type'}.`,
      });
    }
    try {
      await next();
    } catch (error) {
      const refusal = bodyRefusal(ctx, error);
      if (!refusal) throw error;
      refuse(ctx, refusal);
    }
  }) satisfies Core.MiddlewareFactory;

import { propertyOf } from './property';

/** What a request body reader's failure was: the body was over BODY_SIZE_LIMIT. */
export const TOO_LARGE = Symbol('too large');

/**
 * For a body reader's `.catch`: TOO_LARGE for a body over BODY_SIZE_LIMIT, which the server refuses
 * with a 413 while it is read and fetch's readers may pass on wrapped; null for one that cannot be read.
 */
export const unreadBody = (failure: unknown) =>
  [failure, propertyOf(failure, 'cause')].some((reason) => propertyOf(reason, 'status') === 413) ? TOO_LARGE : null;

/**
 * What a form or webhook may send: adapter-node's default limit. BODY_SIZE_LIMIT is raised for the
 * edit pages' images (scripts/lib/site-process.mjs), and every other reader keeps to this one.
 */
export const SMALL_BODY_BYTES = 512 * 1024;

/** The body's bytes, at most `maxBytes` of them: TOO_LARGE beyond, null when it cannot be read. */
const readBytes = async (request: Request, maxBytes: number) => {
  if (Number(request.headers.get('content-length')) > maxBytes) return TOO_LARGE;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return TOO_LARGE;
      }
      chunks.push(read.value);
    }
  } catch (failure) {
    return unreadBody(failure);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
};

/** The body as `read` makes of it, from at most `maxBytes`: TOO_LARGE beyond, null when unreadable. */
const bounded =
  <Value>(read: (body: Response) => Promise<Value>) =>
  async (request: Request, maxBytes = SMALL_BODY_BYTES) => {
    const bytes = await readBytes(request, maxBytes);
    if (!(bytes instanceof Uint8Array)) return bytes;
    const body = new Response(bytes, { headers: { 'content-type': request.headers.get('content-type') ?? '' } });
    return read(body).catch(() => null);
  };

export const readFormData = bounded((body) => body.formData());
export const readJson = bounded((body): Promise<unknown> => body.json());

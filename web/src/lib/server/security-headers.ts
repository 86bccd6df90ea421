import type { Handle } from '@sveltejs/kit';
import { LRUCache } from 'lru-cache';
import { config } from './config';
import { isValidPreview } from './preview';

/** On every response, also the build's scripts and fonts, which SvelteKit's hooks never see. */
const BASELINE: [string, string][] = [
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'strict-origin-when-cross-origin'],
  // No feature of the site needs any of these; geolocation too, since nothing asks where a visitor is.
  [
    'permissions-policy',
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()',
  ],
  ['cross-origin-opener-policy', 'same-origin'],
];

const HSTS: [string, string] = ['strict-transport-security', 'max-age=31536000'];

/**
 * The headers the front door sets on every response; a response may still set its own value.
 * HSTS only where the site is reached over https: a browser would otherwise be told to insist on
 * an https the server does not offer. Behind a TLS-terminating proxy, ORIGIN is https (or the
 * proxy names the protocol in PROTOCOL_HEADER, as adapter-node reads it).
 */
export const baselineHeaders = (protocol: string | undefined) => {
  const { origin } = config();
  return origin?.startsWith('https://') || protocol === 'https' ? [...BASELINE, HSTS] : BASELINE;
};

/** For whatever is not one of our pages (feeds, images, redirects): it may load nothing, and nobody may frame it. */
export const LOCKED_DOWN = "default-src 'none'; frame-ancestors 'none'";

/** SvelteKit's fallback error page (src/error.html), which kit.csp does not cover: styled by attributes only. */
export const FALLBACK_PAGE = "default-src 'none'; style-src-attr 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

type Policy = Map<string, string[]>;

const parse = (policy: string): Policy =>
  new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );

const serialize = (policy: Policy) => [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

const originOf = (url: string | undefined) => {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/** Fetch directives that are missing fall back to default-src, so an added source must start from there. */
const allow = (policy: Policy, name: string, source: string | null) => {
  if (!source) return;
  const sources = policy.get(name) ?? [...(policy.get('default-src') ?? [])];
  if (!sources.includes(source)) sources.push(source);
  policy.set(name, sources);
};

/**
 * The page's policy as kit.csp rendered it (with the hashes of its inline script and styles),
 * completed with what only the deployment knows: the CMS's origin for images, a self-hosted map
 * style's origin, and who may frame the page. Only the admin's preview pane may frame a preview.
 */
export const pagePolicy = (rendered: string, url: URL) => {
  const { cmsPublicUrl, mapStyleUrl } = config();
  const cms = originOf(cmsPublicUrl);
  const mapStyle = originOf(mapStyleUrl);
  const framedByCms = isValidPreview(url) && cms !== null;
  const key = [framedByCms, cms, mapStyle, rendered].join('\n');
  let completed = completedPolicies.get(key);
  if (completed === undefined) {
    const policy = parse(rendered);
    allow(policy, 'img-src', cms);
    allow(policy, 'connect-src', mapStyle);
    policy.set('frame-ancestors', framedByCms && cms ? ["'self'", cms] : ["'self'"]);
    completedPolicies.set(key, (completed = serialize(policy)));
  }
  return completed;
};

// A cached page is answered thousands of times a second with the same rendered policy; its
// completion is worked out once. Pages differ only in the hashes of their inline code.
const completedPolicies = new LRUCache<string, string>({ max: 500 });

/**
 * Runs outermost, so that answers from the page cache (hits, stale pages, 304s) get the same
 * policy as fresh renders: the cache keeps kit's policy as rendered, and this completes it per
 * response. A policy that already names its framers (the embeddable widget's) is left as it is.
 */
export const securityHeaders: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  const rendered = response.headers.get('content-security-policy');
  if (!rendered) {
    const html = response.headers.get('content-type')?.startsWith('text/html');
    response.headers.set('content-security-policy', html ? FALLBACK_PAGE : LOCKED_DOWN);
  }
  else if (!/(^|;)\s*frame-ancestors\s/i.test(rendered)) response.headers.set('content-security-policy', pagePolicy(rendered, event.url));
  return response;
};

import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ precompress: true }),
    // Stylesheets inlined into the page: Lighthouse's mobile LCP counted every stylesheet request
    // before the first paint (performance 90-97 with them, 97-99 inlined); cached pages are
    // compressed, so the bytes hardly grow.
    inlineStyleThreshold: Infinity,
    // Hashes rather than nonces: the page cache answers many visitors with one rendered page, and
    // a hash stays valid for every copy of it. What depends on the deployment (the CMS's image
    // origin, a self-hosted map style) and frame-ancestors, which differs per route, are added at
    // run time by the securityHeaders hook (src/lib/server/security-headers.ts).
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        // <style> elements (the inlined stylesheets) are allowed by their hashes. Style attributes
        // cannot be hashed ahead of time (Svelte writes values computed per page, such as the
        // map's aspect ratio); they can run no script, and without an HTML injection point no
        // one else can write them.
        'style-src': ['self'],
        'style-src-attr': ['unsafe-inline'],
        // data: for the inline SVG favicon in app.html.
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'worker-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
      },
    },
  },
};

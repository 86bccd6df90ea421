// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Locale } from '$lib/i18n/locale';

declare global {
  namespace App {
    interface Locals {
      locale: Locale;
      /** The request carries a valid preview link from the CMS: drafts are shown, nothing is cached. */
      preview: boolean;
    }
    interface PageData {
      locale: Locale;
      /** The page shows a draft through a preview link. */
      preview?: boolean;
      /** The language the page's content is in, where it may differ from the interface's. */
      contentLocale?: Locale;
    }
  }
}

export {};

import type { Child, StartOptions } from './processes.mjs';

/** The CMS compiled in cms/dist, in a process of its own as `strapi start` runs it, without an admin build unless asked. */
export declare const startCmsServer: (name: string, options: StartOptions & { serveAdminPanel?: boolean }) => Child;
/** Resolves true once the CMS at `url` answers a GraphQL query. */
export declare const graphqlAnswers: (url: string) => () => Promise<boolean>;

export declare const SITE_NODE_FLAGS: string[];
export declare const SITE_ENV: Record<string, string>;
export declare const siteServerArgs: () => string[];

export declare const CHROMIUM: string;
export declare const OFFLINE_FLAGS: string[];
export declare const isLocal: (url: string) => boolean;

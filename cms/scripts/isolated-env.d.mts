export declare const isolatedCmsEnv: (settings: Record<string, string>) => Record<string, string>;
export declare const throwawayCmsSecrets: () => Record<'APP_KEYS' | 'API_TOKEN_SALT' | 'ADMIN_JWT_SECRET' | 'TRANSFER_TOKEN_SALT' | 'JWT_SECRET' | 'ENCRYPTION_KEY', string>;

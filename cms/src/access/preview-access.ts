/**
 * Drafts are readable only through the named preview token that the website uses
 * for the admin's preview pane. Any other caller, including other API tokens, gets
 * published content only.
 */
export const previewTokenName = () => process.env.PREVIEW_TOKEN_NAME || 'website-preview';

type Auth = { strategy?: { name?: string }; credentials?: { name?: string } | null } | undefined;

export const canReadDrafts = (auth: Auth) =>
  auth?.strategy?.name === 'content-api-token' && auth.credentials?.name === previewTokenName();

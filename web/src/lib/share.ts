/** An image for link previews (Open Graph, Twitter), with the size the tags announce. */
export type ShareImage = { url: string; width: number; height: number; alt: string };

/** The size Facebook, LinkedIn and Twitter's summary_large_image crop to without loss. */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** The generated share image of a place or meeting, or the network's (routes/share). */
export const shareImage = (origin: string, path: `/share/${string}`, alt: string): ShareImage => ({
  url: `${origin}${path}`,
  width: SHARE_WIDTH,
  height: SHARE_HEIGHT,
  alt,
});

import { Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';

type Preview = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; src: string };

/**
 * A held image's preview. Its admin route wants the admin's bearer token, which an <img src>
 * does not send, so the bytes are fetched and shown through a blob: URL (the admin's CSP allows
 * blob:), revoked again when the preview goes.
 */
export const HeldImagePreview = ({ path, alt }: { path: string; alt: string }) => {
  const { get } = useFetchClient();
  const [preview, setPreview] = useState<Preview>({ kind: 'loading' });

  useEffect(() => {
    let src: string | null = null;
    let current = true;
    get(path, { responseType: 'blob' })
      .then(({ data }) => {
        if (!current) return;
        src = URL.createObjectURL(data);
        setPreview({ kind: 'ready', src });
      })
      .catch(() => current && setPreview({ kind: 'failed' }));
    return () => {
      current = false;
      if (src) URL.revokeObjectURL(src);
    };
  }, [get, path]);

  if (preview.kind === 'loading') return <Typography textColor="neutral600">Vorschau wird geladen …</Typography>;
  if (preview.kind === 'failed') return <Typography textColor="danger600">Vorschau nicht verfügbar</Typography>;
  return <img src={preview.src} alt={alt} style={{ display: 'block', maxWidth: '16rem', maxHeight: '12rem', objectFit: 'contain' }} />;
};

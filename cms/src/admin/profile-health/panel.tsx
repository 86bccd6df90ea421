import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Flex, Typography } from '@strapi/design-system';
import { PLACE } from '../content-manager-paths';
import { missingLabels } from '../../profile-health/score';

/**
 * "Vollständigkeit" beside a place's edit view: the score the CMS stored with the place, and in
 * German what the profile still lacks. Read-only; the CMS computes it on every save and daily.
 */
export const ProfileHealthPanel: PanelComponent = ({ model, document }) => {
  if (model !== PLACE || !document) return null;
  const completeness: unknown = document.completeness;
  const missing = missingLabels(document.completenessMissing);
  return {
    title: 'Vollständigkeit',
    content: (
      <Flex direction="column" alignItems="stretch" gap={2} width="100%">
        {typeof completeness === 'number' ? (
          <>
            <Typography fontWeight="semiBold">Profil zu {completeness} % vollständig</Typography>
            {missing.length ? (
              <>
                <Typography variant="pi" textColor="neutral600">
                  Was noch fehlt:
                </Typography>
                <ul>
                  {missing.map((label) => (
                    <li key={label}>
                      <Typography variant="pi">– {label}</Typography>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <Typography variant="pi">Es fehlt nichts.</Typography>
            )}
          </>
        ) : (
          <Typography textColor="neutral600">Wird nach dem ersten Speichern berechnet.</Typography>
        )}
      </Flex>
    ),
  };
};

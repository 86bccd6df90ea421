import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';
import { placeEditPath } from './content-manager-paths';
import { failureMessage } from './failure-message';

const SUBMISSION = 'api::submission.submission';

const FAILURES = {
  409: 'Dieser Vorschlag ist schon angenommen oder in einen Kreativort umgewandelt.',
  403: 'Nur die Redaktion darf Vorschläge umwandeln.',
  404: 'Diesen Vorschlag gibt es nicht mehr.',
};

/**
 * "In Kreativort umwandeln" in a proposal's edit view: the CMS creates a German draft place
 * from it (src/submissions/convert.ts), and the editor lands on that draft to finish it.
 */
export const ConvertSubmissionAction: DocumentActionComponent = ({ model, documentId, document }) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  if (model !== SUBMISSION || !documentId) return null;
  // Converting marks a proposal accepted, and an accepted one is not converted (again).
  const accepted = document?.reviewStatus === 'accepted';

  return {
    label: accepted ? 'Bereits angenommen' : 'In Kreativort umwandeln',
    disabled: accepted,
    position: 'panel',
    variant: 'secondary',
    dialog: {
      type: 'dialog',
      title: 'In Kreativort umwandeln?',
      content:
        'Aus diesem Vorschlag wird ein neuer Kreativort als Entwurf angelegt, auf Deutsch und noch nicht veröffentlicht. Der Vorschlag wird als angenommen markiert.',
      confirmLabel: 'Umwandeln',
      onConfirm: async () => {
        try {
          const { data } = await post<{ data: { placeDocumentId: string } }>(`/kreativorte/submissions/${documentId}/convert`);
          toggleNotification({ type: 'success', message: 'Der Entwurf des Kreativorts ist angelegt.' });
          navigate(placeEditPath(data.data.placeDocumentId));
        } catch (error) {
          toggleNotification({ type: 'danger', message: failureMessage(error, FAILURES, 'Die Umwandlung ist fehlgeschlagen. Bitte später noch einmal versuchen.') });
        }
      },
    },
  };
};

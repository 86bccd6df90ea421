import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Button, Dialog, Flex, Link, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import type { EditLink, PlaceEditLinks, RevokedEditLink, SentEditLink } from '../change-requests/types';
import { listPath } from '../change-requests/labels';
import { CHANGE_REQUEST } from '../change-requests/permissions';
import { PLACE } from '../content-manager-paths';
import { longDate } from '../dates';
import { DialogCancel } from '../dialog-cancel';
import { failureMessage } from '../failure-message';
import { useAdminData, type AdminData } from '../use-admin-data';

/** The CMS's routes read with `explorer.read` on change requests; sending and revoking also need `explorer.update` on places. */
const PANEL_PERMISSIONS = [
  { action: 'plugin::content-manager.explorer.read', subject: CHANGE_REQUEST },
  { action: 'plugin::content-manager.explorer.update', subject: PLACE },
];

const day = (iso: string) => <time dateTime={iso}>{longDate.format(new Date(iso))}</time>;

/** "Gültig bis 4. Januar 2027", "Widerrufen am …", "Abgelaufen am …" or "Kein Link versendet", of the newest link. */
const LinkState = ({ latest }: { latest: EditLink | undefined }) => {
  if (!latest) return <Typography>Kein Link versendet</Typography>;
  const state =
    latest.status === 'active' ? (
      <>Gültig bis {day(latest.expiresAt)}</>
    ) : latest.status === 'revoked' && latest.revokedAt ? (
      <>Widerrufen am {day(latest.revokedAt)}</>
    ) : (
      <>Abgelaufen am {day(latest.expiresAt)}</>
    );
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography fontWeight="semiBold">{state}</Typography>
      <Typography variant="pi" textColor="neutral600">
        Versendet am {day(latest.createdAt)}
      </Typography>
    </Flex>
  );
};

const openRequestsText = (count: number) =>
  count === 0 ? 'Keine offenen Änderungswünsche' : count === 1 ? '1 offener Änderungswunsch' : `${count} offene Änderungswünsche`;

/** Why the button is disabled, in the words the editor acts on; null when it is not. */
const whyNotSend = (saved: boolean, canUpdate: boolean, links: PlaceEditLinks | null) => {
  if (!saved) return 'Bitte den Ort zuerst speichern.';
  if (!canUpdate) return 'Nur wer Kreativorte bearbeiten darf, kann Bearbeitungslinks senden.';
  if (links?.reason === 'sample') return 'Beispielorte bekommen keinen Bearbeitungslink.';
  if (links?.reason === 'no-email') return 'Bitte zuerst die private E-Mail des Orts eintragen und speichern.';
  if (links && !links.canSend) return 'Dieser Ort bekommt keinen Bearbeitungslink.';
  return null;
};

const SEND_FAILURES = {
  403: 'Nur die Redaktion darf Bearbeitungslinks senden.',
  404: 'Diesen Kreativort gibt es nicht mehr.',
  409: 'Dieser Ort bekommt keinen Bearbeitungslink: Er ist ein Beispielort oder hat keine gespeicherte private E-Mail-Adresse.',
  503: 'Die E-Mail konnte nicht verschickt werden (E-Mail-Versand nicht eingerichtet oder vom Mailserver abgelehnt). Ein bisheriger Link gilt weiter.',
};

const REVOKE_FAILURES = {
  403: 'Nur die Redaktion darf Bearbeitungslinks widerrufen.',
  404: 'Diesen Bearbeitungslink gibt es nicht mehr.',
  409: 'Dieser Bearbeitungslink ist schon abgelaufen oder widerrufen.',
};

type ConfirmProps = {
  label: string;
  title: string;
  text: string;
  confirmLabel: string;
  disabled: boolean;
  describedBy?: string;
  variant: 'default' | 'danger-light';
  onConfirm: () => void;
};

/** A button that asks first, in a dialog that says what will happen. */
const ConfirmButton = ({ label, title, text, confirmLabel, disabled, describedBy, variant, onConfirm }: ConfirmProps) => (
  <Dialog.Root>
    <Dialog.Trigger>
      <Button fullWidth variant={variant === 'default' ? 'secondary' : 'danger-light'} disabled={disabled} aria-describedby={describedBy}>
        {label}
      </Button>
    </Dialog.Trigger>
    <Dialog.Content>
      <Dialog.Header>{title}</Dialog.Header>
      <Dialog.Body>
        <Typography tag="p" textAlign="center">
          {text}
        </Typography>
      </Dialog.Body>
      <Dialog.Footer>
        <DialogCancel />
        <Dialog.Action>
          <Button fullWidth variant={variant} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Dialog.Action>
      </Dialog.Footer>
    </Dialog.Content>
  </Dialog.Root>
);

type ContentProps = {
  documentId: string | undefined;
  overview: AdminData<PlaceEditLinks>;
  reload: () => void;
  canUpdate: boolean;
  privateEmail: string | null;
};

const EditLinkPanelContent = ({ documentId, overview, reload, canUpdate, privateEmail }: ContentProps) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = useState(false);
  const reasonId = useId();
  const links = overview.kind === 'ready' ? overview.data : null;
  const active = links?.links.find((link) => link.status === 'active');
  const reason = whyNotSend(Boolean(documentId), canUpdate, links);

  const run = async (action: () => Promise<string>, failure: (error: unknown) => string) => {
    setBusy(true);
    try {
      toggleNotification({ type: 'success', message: await action() });
    } catch (error) {
      toggleNotification({ type: 'danger', message: failure(error) });
    } finally {
      setBusy(false);
      reload();
    }
  };

  const send = () =>
    run(
      async () => {
        const { data } = await post<{ data: SentEditLink }>(`/kreativorte/places/${documentId}/edit-links`);
        return `Bearbeitungslink gesendet, gültig bis ${longDate.format(new Date(data.data.expiresAt))}.`;
      },
      (error) => failureMessage(error, SEND_FAILURES, 'Der Bearbeitungslink konnte nicht gesendet werden. Bitte später noch einmal versuchen.'),
    );

  const revoke = (link: EditLink) =>
    run(
      async () => {
        await post<{ data: RevokedEditLink }>(`/kreativorte/edit-links/${link.documentId}/revoke`);
        return 'Bearbeitungslink widerrufen. Er öffnet nichts mehr.';
      },
      (error) => failureMessage(error, REVOKE_FAILURES, 'Der Bearbeitungslink konnte nicht widerrufen werden. Bitte später noch einmal versuchen.'),
    );

  const recipient = privateEmail ? ` (${privateEmail})` : '';

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {overview.kind === 'loading' && documentId ? <Typography textColor="neutral600">Wird geladen …</Typography> : null}
      {overview.kind === 'failed' ? (
        <Typography textColor="danger600">Der Stand der Bearbeitungslinks konnte nicht geladen werden.</Typography>
      ) : null}
      {links ? (
        <>
          <LinkState latest={links.links[0]} />
          <Link tag={RouterLink} to={listPath('open', documentId)}>
            {openRequestsText(links.openChangeRequests)}
          </Link>
        </>
      ) : null}
      <ConfirmButton
        label="Bearbeitungslink senden"
        title="Bearbeitungslink senden?"
        text={`Der Link geht an die private E-Mail-Adresse des Orts${recipient}; ein älterer Link wird damit ungültig.`}
        confirmLabel="Senden"
        variant="default"
        disabled={busy || reason !== null || !links}
        describedBy={reason ? reasonId : undefined}
        onConfirm={() => void send()}
      />
      {reason ? (
        <Typography id={reasonId} variant="pi" textColor="neutral600">
          {reason}
        </Typography>
      ) : null}
      {active && canUpdate ? (
        <ConfirmButton
          label="Link widerrufen"
          title="Bearbeitungslink widerrufen?"
          text="Der Link öffnet danach nichts mehr, auch eine gerade offene Bearbeitung endet. Schon eingegangene Änderungswünsche bleiben."
          confirmLabel="Widerrufen"
          variant="danger-light"
          disabled={busy}
          onConfirm={() => void revoke(active)}
        />
      ) : null}
    </Flex>
  );
};

/**
 * "Bearbeitungslink" beside a place's edit view: the state of the link mailed to the place's
 * private address, its open change requests, and the buttons to send a new link or revoke the
 * active one. Shown only to whoever the CMS's routes let read (the Redaktion); a 403 hides it.
 */
export const EditLinkPanel: PanelComponent = ({ model, documentId, document }) => {
  const { allowedActions, isLoading } = useRBAC(PANEL_PERMISSIONS);
  const isPlace = model === PLACE;
  // A place being created or cloned has no saved version (and no links) yet.
  const savedId = isPlace && document && allowedActions.canRead ? documentId : undefined;
  // read again after each save of the place, which may have added its private address
  const { result: overview, reload } = useAdminData<PlaceEditLinks>(savedId ? `/kreativorte/places/${savedId}/edit-links` : null, document?.updatedAt);
  if (!isPlace || isLoading || !allowedActions.canRead) return null;
  if (overview.kind === 'failed' && overview.status === 403) return null;
  const privateEmail: unknown = document?.privateEmail;
  return {
    title: 'Bearbeitungslink',
    content: (
      <EditLinkPanelContent
        documentId={savedId}
        overview={overview}
        reload={reload}
        canUpdate={Boolean(allowedActions.canUpdate)}
        privateEmail={typeof privateEmail === 'string' && privateEmail !== '' ? privateEmail : null}
      />
    ),
  };
};

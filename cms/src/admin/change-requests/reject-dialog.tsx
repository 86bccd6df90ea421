import { Button, Dialog, Field, Textarea } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState, type FormEvent } from 'react';
import { DialogCancel } from '../dialog-cancel';
import { failureMessage } from '../failure-message';
import { REJECT_NOTE_MAX, type RejectedChangeRequest, type RejectNote } from './types';

const REJECT_FAILURES = {
  400: `Die Nachricht muss 1 bis ${REJECT_NOTE_MAX} Zeichen lang sein.`,
  403: 'Nur die Redaktion darf Änderungswünsche ablehnen.',
  404: 'Diesen Änderungswunsch gibt es nicht mehr.',
  409: 'Dieser Änderungswunsch ist schon übernommen oder abgelehnt.',
};

type Props = { documentId: string; disabled: boolean; onRejected: () => void };

/** "Ablehnen": asks for the note that is mailed back to the place, then rejects. */
export const RejectDialog = ({ documentId, disabled, onRejected }: Props) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = note.trim();
    if (text.length === 0) return setError('Bitte kurz schreiben, warum der Wunsch nicht übernommen wird.');
    if (text.length > REJECT_NOTE_MAX) return setError(`Höchstens ${REJECT_NOTE_MAX} Zeichen, jetzt sind es ${text.length}.`);
    setBusy(true);
    try {
      const { data } = await post<{ data: RejectedChangeRequest }, RejectNote>(`/kreativorte/change-requests/${documentId}/reject`, { note: text });
      toggleNotification(
        data.data?.mailed === false
          ? { type: 'warning', message: 'Abgelehnt, aber die E-Mail an den Kreativort ging nicht hinaus. Bitte die Nachricht auf anderem Weg schicken.' }
          : { type: 'success', message: 'Abgelehnt. Die Nachricht geht per E-Mail an den Kreativort.' },
      );
      setOpen(false);
      onRejected();
    } catch (failure) {
      toggleNotification({
        type: 'danger',
        message: failureMessage(failure, REJECT_FAILURES, 'Das Ablehnen ist fehlgeschlagen. Bitte später noch einmal versuchen.'),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button variant="danger-light" disabled={disabled}>
          Ablehnen
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Dialog.Header>Änderungswunsch ablehnen</Dialog.Header>
          <Dialog.Body>
            <Field.Root
              name="note"
              required
              error={error}
              hint={`Geht per E-Mail an die private Adresse des Kreativorts, ${note.trim().length} von ${REJECT_NOTE_MAX} Zeichen.`}
              width="100%"
            >
              <Field.Label>Nachricht an den Kreativort</Field.Label>
              <Textarea
                value={note}
                maxLength={REJECT_NOTE_MAX}
                onChange={(event) => {
                  setNote(event.target.value);
                  setError(undefined);
                }}
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Dialog.Body>
          <Dialog.Footer>
            <DialogCancel />
            <Button fullWidth type="submit" variant="danger-light" loading={busy}>
              Ablehnen und senden
            </Button>
          </Dialog.Footer>
        </form>
      </Dialog.Content>
    </Dialog.Root>
  );
};

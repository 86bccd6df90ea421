import { Button, Dialog } from '@strapi/design-system';

/** A dialog's "Abbrechen", which closes it and does nothing else. */
export const DialogCancel = () => (
  <Dialog.Cancel>
    <Button fullWidth variant="tertiary">
      Abbrechen
    </Button>
  </Dialog.Cancel>
);

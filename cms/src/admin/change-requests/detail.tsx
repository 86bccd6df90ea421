import { Box, Button, Checkbox, Flex, Link, Status, Table, Tbody, Td, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useEffect, useState, type ReactNode } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { entryEditPath, placeEditPath } from '../content-manager-paths';
import { dateTime } from '../dates';
import { failureMessage } from '../failure-message';
import { ColumnHeader, TableCaption } from '../table-header';
import { useAdminData } from '../use-admin-data';
import { HeldImagePreview } from './held-image';
import { listPath, ROLE_LABEL, STATUS_LABEL, TITLE } from './labels';
import { RejectDialog } from './reject-dialog';
import type { AppliedChangeRequest, ApplyChoice, ChangeRequestDetail, ChangeRequestField, HeldImage } from './types';

export const CONFLICT_TEXT = 'Konflikt: im Entwurf seit dem Versand des Links geändert';

const APPLY_FAILURES = {
  400: 'Die Auswahl passt nicht zu diesem Änderungswunsch. Bitte die Seite neu laden.',
  403: 'Nur die Redaktion darf Änderungswünsche übernehmen.',
  404: 'Diesen Änderungswunsch gibt es nicht mehr.',
  409: 'Dieser Änderungswunsch ist schon übernommen oder abgelehnt.',
};

/** The page's title per kind of event or notice request. */
const ENTRY_REQUEST = {
  event: { cancel: 'Terminabsage', create: 'Neuer Termin', change: 'Terminänderung' },
  notice: { cancel: 'Gesucht & Angeboten zurückziehen', create: 'Neu bei Gesucht & Angeboten', change: 'Gesucht & Angeboten ändern' },
};
/** How the explanation names the entry. */
const ENTRY_WORDS = {
  event: { the: 'der Termin', of: 'des Termins', added: '' },
  notice: { the: 'der Eintrag', of: 'des Eintrags', added: ', eingestellt mit dem heutigen Datum' },
};

const when = (iso: string) => <time dateTime={iso}>{dateTime.format(new Date(iso))}</time>;

/** A field's value as the CMS words it: lines kept, an empty value said so. */
const Value = ({ text }: { text: string }) =>
  text === '' ? (
    <Typography textColor="neutral600" style={{ fontStyle: 'italic' }}>
      (leer)
    </Typography>
  ) : (
    <Typography tag="div" textColor="neutral800" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Typography>
  );

/** A table cell that starts at the top and wraps, as a long text needs. */
const TextCell = ({ children }: { children: ReactNode }) => <Td style={{ verticalAlign: 'top', whiteSpace: 'normal', minWidth: '16rem' }}>{children}</Td>;

type Choice = { chosen: boolean; onChange: (chosen: boolean) => void; label: string } | null;

/** The "Übernehmen" cell: a checkbox named after what it takes over, or nothing when the request is closed. */
const ChoiceCell = ({ choice }: { choice: Choice }) =>
  choice ? (
    <Td style={{ verticalAlign: 'top' }}>
      <Checkbox aria-label={choice.label} checked={choice.chosen} onCheckedChange={(checked) => choice.onChange(checked === true)} />
    </Td>
  ) : null;

/** `compared` is false for a new event or notice: it has no draft to compare with. */
type FieldsProps = { fields: ChangeRequestField[]; choose: ((field: ChangeRequestField) => Choice) | null; compared: boolean };

const FieldTable = ({ fields, choose, compared }: FieldsProps) => (
  <Table colCount={(choose ? 4 : 3) - (compared ? 0 : 1)} rowCount={fields.length + 1}>
    <TableCaption>{compared ? `Geänderte Felder (${fields.length})` : `Felder des neuen Eintrags (${fields.length})`}</TableCaption>
    <Thead>
      <Tr>
        <ColumnHeader>Feld</ColumnHeader>
        {compared ? <ColumnHeader>Aktuell im Entwurf</ColumnHeader> : null}
        <ColumnHeader>Vorgeschlagen</ColumnHeader>
        {choose ? <ColumnHeader>Übernehmen</ColumnHeader> : null}
      </Tr>
    </Thead>
    <Tbody>
      {fields.map((field) => (
        <Tr key={field.field}>
          <Td style={{ verticalAlign: 'top', whiteSpace: 'normal', width: '18rem', paddingTop: '1.6rem', paddingBottom: '1.6rem' }}>
            <Flex direction="column" alignItems="flex-start" gap={2}>
              <Typography fontWeight="bold" textColor="neutral800">
                {field.label}
              </Typography>
              {field.conflict ? (
                <Status variant="warning" size="S">
                  <Typography variant="pi" fontWeight="bold" textColor="neutral800">
                    {CONFLICT_TEXT}
                  </Typography>
                </Status>
              ) : null}
            </Flex>
          </Td>
          {compared ? (
            <TextCell>
              <Value text={field.current} />
            </TextCell>
          ) : null}
          <TextCell>
            <Value text={field.proposed} />
          </TextCell>
          <ChoiceCell choice={choose ? choose(field) : null} />
        </Tr>
      ))}
    </Tbody>
  </Table>
);

type ImagesProps = { images: HeldImage[]; held: boolean; choose: ((image: HeldImage, position: number) => Choice) | null };

const ImageTable = ({ images, held, choose }: ImagesProps) => (
  <Table colCount={choose ? 6 : 5} rowCount={images.length + 1}>
    <TableCaption>{`Neue Bilder (${images.length})`}</TableCaption>
    <Thead>
      <Tr>
        <ColumnHeader>Vorschau</ColumnHeader>
        <ColumnHeader>Alternativtext</ColumnHeader>
        <ColumnHeader>Bildnachweis</ColumnHeader>
        <ColumnHeader>Lizenz</ColumnHeader>
        <ColumnHeader>Verwendung</ColumnHeader>
        {choose ? <ColumnHeader>Übernehmen</ColumnHeader> : null}
      </Tr>
    </Thead>
    <Tbody>
      {images.map((image, position) => (
        <Tr key={image.index}>
          <Td style={{ verticalAlign: 'top', paddingTop: '0.8rem', paddingBottom: '0.8rem' }}>
            {held ? (
              <HeldImagePreview path={image.url} alt={image.alt} />
            ) : (
              <Typography textColor="neutral600">nicht mehr vorgehalten</Typography>
            )}
          </Td>
          <TextCell>
            <Value text={image.alt} />
          </TextCell>
          <TextCell>
            <Value text={image.credit} />
          </TextCell>
          <TextCell>
            <Value text={image.licence} />
          </TextCell>
          <Td style={{ verticalAlign: 'top' }}>
            <Typography textColor="neutral800">{ROLE_LABEL[image.role]}</Typography>
          </Td>
          <ChoiceCell choice={choose ? choose(image, position) : null} />
        </Tr>
      ))}
    </Tbody>
  </Table>
);

/** What is chosen at first: every field without a conflict, and every image. */
const firstChoice = (request: ChangeRequestDetail): ApplyChoice => ({
  fields: request.fields.filter(({ conflict }) => !conflict).map(({ field }) => field),
  images: request.images.map(({ index }) => index),
});

const toggled = <T,>(list: T[], item: T, chosen: boolean) => (chosen ? (list.includes(item) ? list : [...list, item]) : list.filter((other) => other !== item));

/** Where a closed request stands: applied or rejected, when, and the note that went to the place. */
const Outcome = ({ request }: { request: ChangeRequestDetail }) => (
  <Box background="neutral0" shadow="tableShadow" hasRadius padding={4}>
    <Typography tag="p">
      {request.status === 'applied' ? 'In den Entwurf übernommen' : 'Abgelehnt'}
      {request.statusChangedAt ? <> am {when(request.statusChangedAt)}</> : null}.
    </Typography>
    {request.status === 'rejected' && request.reviewNote ? (
      <Box paddingTop={2}>
        <Typography tag="p" fontWeight="bold">
          Nachricht an den Kreativort:
        </Typography>
        <Value text={request.reviewNote} />
      </Box>
    ) : null}
  </Box>
);

const Review = ({ request, reload }: { request: ChangeRequestDetail; reload: () => void }) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const [choice, setChoice] = useState<ApplyChoice>(() => firstChoice(request));
  const [busy, setBusy] = useState(false);
  useEffect(() => setChoice(firstChoice(request)), [request]);

  const open = request.status === 'open';
  // A new event or notice is taken over as a whole, since it needs every field; a withdrawal is one step.
  const entry = request.subject === 'profile' ? null : { subject: request.subject, ...(request.entry ?? { documentId: null, title: '', cancel: false }) };
  const cancel = entry?.cancel === true;
  const whole = entry !== null && (!entry.documentId || cancel);
  const conflicts = request.fields.filter(({ conflict }) => conflict).length;
  const nothingChosen = choice.fields.length === 0 && choice.images.length === 0;
  const chooseField = (field: ChangeRequestField): Choice => ({
    label: `${field.label} übernehmen`,
    chosen: choice.fields.includes(field.field),
    onChange: (chosen) => setChoice((before) => ({ ...before, fields: toggled(before.fields, field.field, chosen) })),
  });
  const chooseImage = (image: HeldImage, position: number): Choice => ({
    label: `Bild ${position + 1} übernehmen`,
    chosen: choice.images.includes(image.index),
    onChange: (chosen) => setChoice((before) => ({ ...before, images: toggled(before.images, image.index, chosen) })),
  });

  const apply = async () => {
    setBusy(true);
    try {
      const { data } = await post<{ data: AppliedChangeRequest }, ApplyChoice>(`/kreativorte/change-requests/${request.documentId}/apply`, choice);
      toggleNotification({ type: 'success', message: 'In den Entwurf übernommen. Bitte prüfen und veröffentlichen.' });
      navigate(entry && data.data.entryDocumentId ? entryEditPath(entry.subject, data.data.entryDocumentId) : placeEditPath(data.data.placeDocumentId));
    } catch (error) {
      toggleNotification({
        type: 'danger',
        message: failureMessage(error, APPLY_FAILURES, 'Die Übernahme ist fehlgeschlagen. Bitte später noch einmal versuchen.'),
      });
      setBusy(false);
      reload();
    }
  };

  const placeName = request.place.name || request.place.slug;
  const title = entry ? `${ENTRY_REQUEST[entry.subject][cancel ? 'cancel' : whole ? 'create' : 'change']} für ${placeName}: ${entry.title}` : `Änderungswunsch für ${placeName}`;
  const editPath = entry?.documentId ? entryEditPath(entry.subject, entry.documentId) : placeEditPath(request.place.documentId);
  const what = ENTRY_WORDS[entry?.subject ?? 'event'];
  return (
    <Page.Main>
      <Page.Title>{`${title} | ${TITLE}`}</Page.Title>
      <Layouts.Header
        navigationAction={
          <Link tag={RouterLink} to={listPath(request.status)}>
            Zurück zu den Änderungswünschen
          </Link>
        }
        title={title}
        subtitle={
          <Typography textColor="neutral600">
            Eingegangen am {when(request.createdAt)} über den Bearbeitungslink · Status: {STATUS_LABEL[request.status]}
          </Typography>
        }
        primaryAction={
          open ? (
            <Flex gap={2}>
              <RejectDialog documentId={request.documentId} disabled={busy} onRejected={() => navigate(listPath('open'))} />
              <Button onClick={() => void apply()} loading={busy} disabled={nothingChosen} aria-describedby={nothingChosen ? 'nothing-chosen' : undefined}>
                Übernehmen
              </Button>
            </Flex>
          ) : null
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Flex direction="column" alignItems="flex-start" gap={2}>
            {open ? (
              <Typography tag="p">
                {cancel
                  ? `Mit „Übernehmen“ wird ${what.the} in allen Sprachen nicht mehr veröffentlicht; sein Entwurf bleibt. Danach öffnet er sich: dort können Sie ihn auch löschen.`
                  : whole
                  ? `Mit „Übernehmen“ wird ${what.the} als deutscher Entwurf beim Kreativort angelegt${what.added}. Danach öffnet er sich zum Prüfen und Veröffentlichen.`
                  : entry
                    ? `Die angekreuzten Felder werden mit „Übernehmen“ in den deutschen Entwurf ${what.of} geschrieben. Danach öffnet er sich zum Prüfen und Veröffentlichen.`
                    : 'Die angekreuzten Felder und Bilder werden mit „Übernehmen“ in den deutschen Entwurf des Kreativorts geschrieben. Veröffentlicht wird danach wie immer im Content-Manager.'}
              </Typography>
            ) : (
              <Outcome request={request} />
            )}
            {open && conflicts > 0 ? (
              <Box background="warning100" borderColor="warning200" hasRadius padding={3}>
                <Typography tag="p" textColor="neutral800" fontWeight="bold">
                  {conflicts === 1
                    ? 'Ein Feld wurde seit dem Versand des Links im Entwurf geändert. Es ist nicht angekreuzt: bitte vergleichen und entscheiden.'
                    : `${conflicts} Felder wurden seit dem Versand des Links im Entwurf geändert. Sie sind nicht angekreuzt: bitte vergleichen und entscheiden.`}
                </Typography>
              </Box>
            ) : null}
            {open && nothingChosen ? (
              <Typography id="nothing-chosen" tag="p" textColor="neutral600">
                Nichts angekreuzt: zum Übernehmen mindestens ein Feld oder Bild ankreuzen.
              </Typography>
            ) : null}
            <Link tag={RouterLink} to={editPath}>
              {`${entry?.documentId ? entry.title : placeName} im Content-Manager öffnen`}
            </Link>
          </Flex>
          <Box tag="section" aria-labelledby="changed-fields">
            <Typography id="changed-fields" variant="beta" tag="h2">
              Felder
            </Typography>
            {request.fields.length > 0 ? (
              <FieldTable fields={request.fields} choose={open && !whole ? chooseField : null} compared={!whole} />
            ) : (
              <Typography tag="p" textColor="neutral600">
                Keine Textfelder geändert.
              </Typography>
            )}
          </Box>
          {request.images.length > 0 ? (
            <Box tag="section" aria-labelledby="new-images">
              <Typography id="new-images" variant="beta" tag="h2">
                Bilder
              </Typography>
              <ImageTable images={request.images} held={open} choose={open ? chooseImage : null} />
            </Box>
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

/** One change request: field by field against the place's draft, and "Übernehmen" or "Ablehnen". */
export const ChangeRequestView = () => {
  const { documentId = '' } = useParams();
  const { result, reload } = useAdminData<ChangeRequestDetail>(`/kreativorte/change-requests/${encodeURIComponent(documentId)}`);
  if (result.kind === 'loading') return <Page.Loading />;
  if (result.kind === 'failed') {
    if (result.status === 403) return <Page.NoPermissions />;
    if (result.status === 404)
      return (
        <Page.Main>
          <Page.Title>{TITLE}</Page.Title>
          <Layouts.Header title="Diesen Änderungswunsch gibt es nicht (mehr)" subtitle="Abgelehnte und übernommene Wünsche werden nach der Aufbewahrungsfrist gelöscht." />
          <Layouts.Content>
            <Link tag={RouterLink} to={listPath('open')}>
              Zurück zu den Änderungswünschen
            </Link>
          </Layouts.Content>
        </Page.Main>
      );
    return <Page.Error />;
  }
  return <Review request={result.data} reload={reload} />;
};

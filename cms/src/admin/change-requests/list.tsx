import { Box, EmptyStateLayout, Field, Flex, Link, SingleSelect, SingleSelectOption, Table, Tbody, Td, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router-dom';
import { dateTime } from '../dates';
import { ColumnHeader, TableCaption } from '../table-header';
import { useAdminData } from '../use-admin-data';
import { detailPath, isStatus, LIST_CAPTION, listPath, STATUS_LABEL, STATUSES, TITLE } from './labels';
import type { ChangeRequestStatus, ChangeRequestSummary } from './types';

const RequestTable = ({ caption, requests }: { caption: string; requests: ChangeRequestSummary[] }) => (
  <Table colCount={4} rowCount={requests.length + 1}>
    <TableCaption>{caption}</TableCaption>
    <Thead>
      <Tr>
        <ColumnHeader>Kreativort</ColumnHeader>
        <ColumnHeader>Eingegangen</ColumnHeader>
        <ColumnHeader>Geänderte Felder</ColumnHeader>
        <ColumnHeader>Neue Bilder</ColumnHeader>
      </Tr>
    </Thead>
    <Tbody>
      {requests.map((request) => (
        <Tr key={request.documentId}>
          <Td>
            <Link tag={RouterLink} to={detailPath(request.documentId)}>
              {request.place.name || request.place.slug}
            </Link>
          </Td>
          <Td>
            <Typography textColor="neutral800">
              <time dateTime={request.createdAt}>{dateTime.format(new Date(request.createdAt))}</time>
            </Typography>
          </Td>
          <Td style={{ whiteSpace: 'normal' }}>
            <Typography textColor="neutral800">{request.fields.length > 0 ? request.fields.join(', ') : '–'}</Typography>
          </Td>
          <Td>
            <Typography textColor="neutral800">{request.images}</Typography>
          </Td>
        </Tr>
      ))}
    </Tbody>
  </Table>
);

/**
 * The list of change requests of one status (open by default), newest first, perhaps only those
 * of one place (`?place=<documentId>`, as the place's "Bearbeitungslink" panel links here).
 */
export const ChangeRequestList = () => {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const asked = searchParams.get('status');
  const status: ChangeRequestStatus = isStatus(asked) ? asked : 'open';
  const place = searchParams.get('place') ?? undefined;
  const query = new URLSearchParams({ status, ...(place ? { place } : {}) });
  const { result } = useAdminData<ChangeRequestSummary[]>(`/kreativorte/change-requests?${query}`);

  if (result.kind === 'failed') return result.status === 403 ? <Page.NoPermissions /> : <Page.Error />;
  if (result.kind === 'loading') return <Page.Loading />;
  // `place` goes to the CMS too; filtering here as well keeps the list right whether or not it filters
  const requests = place ? result.data.filter((request) => request.place.documentId === place) : result.data;
  const placeName = requests[0]?.place.name;
  const caption = `${LIST_CAPTION[status]}${place && placeName ? ` für ${placeName}` : ''} (${requests.length})`;

  return (
    <Page.Main>
      <Page.Title>{TITLE}</Page.Title>
      <Layouts.Header
        title={TITLE}
        subtitle="Was Kreativorte über ihren Bearbeitungslink vorschlagen. Jeden Wunsch öffnen, Feld für Feld mit dem Entwurf vergleichen, dann übernehmen oder mit einer Nachricht ablehnen. Übernommenes landet im Entwurf; veröffentlicht wird wie immer von Hand."
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box width="24rem">
              <Field.Root name="status">
                <Field.Label>Status</Field.Label>
                <SingleSelect
                  value={status}
                  onChange={(value) => {
                    const next = String(value);
                    if (isStatus(next)) navigate(listPath(next, place));
                  }}
                >
                  {STATUSES.map((option) => (
                    <SingleSelectOption key={option} value={option}>
                      {STATUS_LABEL[option]}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
            {place ? (
              <Box paddingBottom={2}>
                <Link tag={RouterLink} to={listPath(status)}>
                  Alle Kreativorte zeigen
                </Link>
              </Box>
            ) : null}
          </Flex>
          {requests.length === 0 ? (
            <Box>
              <Typography variant="delta" tag="h2">
                {caption}
              </Typography>
              <EmptyStateLayout content={`Keine ${STATUS_LABEL[status]}en Änderungswünsche${place ? ' für diesen Kreativort' : ''}.`} />
            </Box>
          ) : (
            <RequestTable caption={caption} requests={requests} />
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

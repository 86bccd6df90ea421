import { Box, EmptyStateLayout, Flex, Link, Table, Tbody, Td, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Link as RouterLink } from 'react-router-dom';
import type { OverviewEntry, TranslationOverview, TypeOverview } from '../../translations/overview';
import { dateTime } from '../dates';
import { ColumnHeader as Header, TableCaption } from '../table-header';
import { useAdminData } from '../use-admin-data';
import { OVERVIEW_PERMISSIONS } from './permissions';

const TITLE = 'Übersetzungsstand';

/** The content manager's edit view of one language version. */
const editPath = (type: TypeOverview, documentId: string, locale: string) =>
  type.kind === 'singleType'
    ? `/content-manager/single-types/${type.uid}?plugins[i18n][locale]=${locale}`
    : `/content-manager/collection-types/${type.uid}/${documentId}?plugins[i18n][locale]=${locale}`;

const hasWork = (type: TypeOverview) => type.missing.count > 0 || type.needsReview.count > 0;

type ListProps = { type: TypeOverview; caption: string; entries: OverviewEntry[]; locale: string };

/** One list of a type, as a table whose caption names it and counts its entries. */
const EntryTable = ({ type, caption, entries, locale }: ListProps) => {
  const withSlug = type.kind === 'collectionType';
  const heading = `${caption} (${entries.length})`;
  if (entries.length === 0) {
    return (
      <Box>
        <Typography variant="delta" tag="h3">
          {heading}
        </Typography>
        <Typography tag="p" textColor="neutral600">
          Nichts zu tun.
        </Typography>
      </Box>
    );
  }
  return (
    <Table colCount={withSlug ? 4 : 3} rowCount={entries.length + 1}>
      <TableCaption>{heading}</TableCaption>
      <Thead>
        <Tr>
          <Header>Titel</Header>
          {withSlug ? <Header>Slug</Header> : null}
          <Header>Zuletzt geändert</Header>
          <Header>Status</Header>
        </Tr>
      </Thead>
      <Tbody>
        {entries.map((entry) => (
          <Tr key={entry.documentId}>
            <Td>
              <Link tag={RouterLink} to={editPath(type, entry.documentId, locale)}>
                {entry.title || type.label}
              </Link>
            </Td>
            {withSlug ? (
              <Td>
                <Typography textColor="neutral800">{entry.slug}</Typography>
              </Td>
            ) : null}
            <Td>
              <Typography textColor="neutral800">
                <time dateTime={entry.updatedAt}>{dateTime.format(new Date(entry.updatedAt))}</time>
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{entry.published ? 'veröffentlicht' : 'Entwurf'}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

const TypeSection = ({ type }: { type: TypeOverview }) => (
  <Box tag="section" aria-label={type.label}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="beta" tag="h2">
        {type.label}
      </Typography>
      {/* Missing English links to the German version, whose locale switcher adds the English one. */}
      <EntryTable type={type} caption="Ohne englische Fassung" entries={type.missing.entries} locale="de" />
      <EntryTable type={type} caption="Englisch noch zu prüfen" entries={type.needsReview.entries} locale="en" />
    </Flex>
  </Box>
);

const Overview = () => {
  const { result } = useAdminData<TranslationOverview>('/kreativorte/translation-status');
  if (result.kind === 'failed') return <Page.Error />;
  if (result.kind === 'loading') return <Page.Loading />;
  const overview = result.data;
  const open = overview.types.filter(hasWork);

  return (
    <Page.Main>
      <Page.Title>{TITLE}</Page.Title>
      <Layouts.Header
        title={TITLE}
        subtitle="Deutsch ist die Originalfassung. Hier stehen die Einträge ohne englische Fassung und die englischen Fassungen, die noch niemand geprüft hat. Nach dem Gegenlesen das Feld „Übersetzungsstand“ der englischen Fassung auf „complete“ setzen und speichern."
      />
      <Layouts.Content>
        {open.length === 0 ? (
          <EmptyStateLayout content="Alles übersetzt und geprüft." />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={6}>
            {open.map((type) => (
              <TypeSection key={type.uid} type={type} />
            ))}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

/** The "Übersetzungsstand" page: what lacks English, and which English still needs a review. */
const TranslationStatusPage = () => (
  <Page.Protect permissions={OVERVIEW_PERMISSIONS}>
    <Overview />
  </Page.Protect>
);

export default TranslationStatusPage;

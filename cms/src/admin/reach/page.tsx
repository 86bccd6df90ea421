import { Box, Button, Flex, Link, Table, Tbody, Td, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { REACH_PERIODS, type KeyCount, type PlaceTrend, type ReachPeriod, type ReachReport } from '../../reach/report-types';
import { placeEditPath } from '../content-manager-paths';
import { ColumnHeader as Header, TableCaption } from '../table-header';
import { useAdminData } from '../use-admin-data';
import { REACH_PERMISSIONS, reachPlacePath } from './permissions';
import { TrendTable } from './trend';

const TITLE = 'Reichweite';
const number = new Intl.NumberFormat('de-DE');

const periodOf = (value: string | null): ReachPeriod => REACH_PERIODS.find((days) => String(days) === value) ?? 30;

/** One list of keys and their counts; an empty one says so instead of an empty table. */
const CountTable = ({ caption, column, unit, rows }: { caption: string; column: string; unit: string; rows: KeyCount[] }) =>
  rows.length === 0 ? (
    <Box>
      <Typography variant="delta" tag="h2">
        {caption}
      </Typography>
      <Typography tag="p" textColor="neutral600">
        Im Zeitraum nichts gezählt.
      </Typography>
    </Box>
  ) : (
    <Table colCount={2} rowCount={rows.length + 1}>
      <TableCaption>{caption}</TableCaption>
      <Thead>
        <Tr>
          <Header>{column}</Header>
          <Header>{unit}</Header>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.key}>
            <Td>
              <Typography textColor="neutral800">{row.key}</Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{number.format(row.views)}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );

const Trend = ({ documentId, days }: { documentId: string; days: ReachPeriod }) => {
  const { result } = useAdminData<PlaceTrend>(reachPlacePath(documentId, days));
  if (result.kind === 'loading') return <Typography textColor="neutral600">Verlauf wird geladen …</Typography>;
  if (result.kind === 'failed') return <Typography textColor="danger600">Der Verlauf konnte nicht geladen werden.</Typography>;
  return <TrendTable trend={result.data} />;
};

const Report = () => {
  const [params, setParams] = useSearchParams();
  const days = periodOf(params.get('tage'));
  const chosen = params.get('ort');
  const { result } = useAdminData<ReachReport>(`/kreativorte/reach?days=${days}`);
  const choose = (next: { tage?: ReachPeriod; ort?: string }) => {
    const merged = new URLSearchParams(params);
    if (next.tage) merged.set('tage', String(next.tage));
    if (next.ort) merged.set('ort', next.ort);
    setParams(merged);
  };
  if (result.kind === 'failed') return <Page.Error />;
  if (result.kind === 'loading') return <Page.Loading />;
  const report = result.data;
  const place = chosen ?? report.places[0]?.documentId;

  return (
    <Page.Main>
      <Page.Title>{TITLE}</Page.Title>
      <Layouts.Header
        title={TITLE}
        subtitle="Wie oft Seiten, Orte, das Widget auf anderen Websites, die Feeds und die Partner-API genutzt werden: Tageszahlen ohne Cookies, ohne IP-Adressen und ohne sonst etwas über die Besucher. Suchmaschinen und andere Bots zählen nicht mit."
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Flex gap={2} role="group" aria-label="Zeitraum">
            {REACH_PERIODS.map((period) => (
              <Button key={period} variant={period === days ? 'default' : 'tertiary'} aria-pressed={period === days} onClick={() => choose({ tage: period })}>
                Letzte {period} Tage
              </Button>
            ))}
          </Flex>
          <Typography tag="p">
            Vom <time dateTime={report.from}>{report.from.split('-').reverse().join('.')}</time> bis{' '}
            <time dateTime={report.to}>{report.to.split('-').reverse().join('.')}</time>: {number.format(report.totals.page)} Seitenaufrufe,{' '}
            {number.format(report.totals.widget)} Widget-Aufrufe, {number.format(report.totals.feed)} Feed-Abrufe, {number.format(report.totals.api)}{' '}
            Anfragen an die Partner-API.
          </Typography>

          <Box tag="section" aria-label="Meistgelesene Orte">
            {report.places.length === 0 ? (
              <Typography tag="p" textColor="neutral600">
                Im Zeitraum wurde kein Ortsprofil aufgerufen.
              </Typography>
            ) : (
              <Table colCount={3} rowCount={report.places.length + 1}>
                <TableCaption>Meistgelesene Orte</TableCaption>
                <Thead>
                  <Tr>
                    <Header>Ort</Header>
                    <Header>Aufrufe</Header>
                    <Header>Verlauf</Header>
                  </Tr>
                </Thead>
                <Tbody>
                  {report.places.map((entry) => (
                    <Tr key={entry.documentId}>
                      <Td>
                        <Link tag={RouterLink} to={placeEditPath(entry.documentId)}>
                          {entry.name}
                        </Link>
                      </Td>
                      <Td>
                        <Typography textColor="neutral800">{number.format(entry.views)}</Typography>
                      </Td>
                      <Td>
                        <Button variant="tertiary" size="S" aria-pressed={entry.documentId === place} onClick={() => choose({ ort: entry.documentId })}>
                          Verlauf von {entry.name}
                        </Button>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}
          </Box>
          {place ? (
            <Box tag="section" aria-label="Verlauf eines Orts">
              <Trend documentId={place} days={days} />
            </Box>
          ) : null}

          <CountTable caption="Meistgelesene Seiten" column="Seite" unit="Aufrufe" rows={report.pages} />
          <CountTable caption="Widget auf anderen Websites" column="Website" unit="Aufrufe" rows={report.widgets} />
          <CountTable caption="Feed-Abrufe" column="Feed" unit="Abrufe" rows={report.feeds} />
          <CountTable caption="Partner-API nach Token" column="Token" unit="Anfragen" rows={report.partners} />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

/** The "Reichweite" page: what is read, embedded, subscribed and queried, without anything personal. */
const ReachPage = () => (
  <Page.Protect permissions={REACH_PERMISSIONS}>
    <Report />
  </Page.Protect>
);

export default ReachPage;

import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Flex, Typography } from '@strapi/design-system';
import type { PlaceTrend } from '../../reach/report-types';
import { weeklyViews } from '../../reach/weeks';
import { PLACE } from '../content-manager-paths';
import { useAdminData } from '../use-admin-data';
import { reachPlacePath } from './permissions';
import { dayLabel, Sparkline } from './trend';

const DAYS = 30;

const Views = ({ documentId }: { documentId: string }) => {
  const { result } = useAdminData<PlaceTrend>(reachPlacePath(documentId, DAYS));
  if (result.kind === 'loading') return <Typography textColor="neutral600">Wird geladen …</Typography>;
  if (result.kind === 'failed') return <Typography textColor="danger600">Die Aufrufe konnten nicht geladen werden.</Typography>;
  const trend = result.data;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Typography fontWeight="semiBold">
        {trend.total} Aufrufe des Profils in den letzten {DAYS} Tagen
      </Typography>
      <Sparkline perDay={trend.perDay} />
      <ul aria-label="Aufrufe pro Woche">
        {weeklyViews(trend.perDay).map(({ until, views }) => (
          <li key={until}>
            <Typography variant="pi">
              Woche bis <time dateTime={until}>{dayLabel(until)}</time>: {views}
            </Typography>
          </li>
        ))}
      </ul>
      <Typography variant="pi" textColor="neutral600">
        Deutsche und englische Seite zusammen, ohne Bots; gezählt ohne Cookies.
      </Typography>
    </Flex>
  );
};

/** "Reichweite" beside a place's edit view: how often its profile was read lately. */
export const ReachPanel: PanelComponent = ({ model, documentId }) => {
  if (model !== PLACE || !documentId) return null;
  return { title: 'Reichweite', content: <Views documentId={documentId} /> };
};

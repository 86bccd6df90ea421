import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Flex, Typography } from '@strapi/design-system';
import type { PlaceTrend } from '../../reach/report-types';
import { PLACE } from '../content-manager-paths';
import { useAdminData } from '../use-admin-data';
import { reachPlacePath } from './permissions';
import { dayLabel, Sparkline } from './trend';

const DAYS = 30;

/** The last 30 days in weeks, newest first: the sums a place's people ask about. */
const weeks = (perDay: PlaceTrend['perDay']) => {
  const sums: { until: string; views: number }[] = [];
  for (let end = perDay.length; end > 0; end -= 7) {
    const week = perDay.slice(Math.max(0, end - 7), end);
    sums.push({ until: week[week.length - 1].day, views: week.reduce((sum, { views }) => sum + views, 0) });
  }
  return sums;
};

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
        {weeks(trend.perDay).map(({ until, views }) => (
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

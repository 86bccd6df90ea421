import { Box, Table, Tbody, Td, Thead, Tr, Typography } from '@strapi/design-system';
import { useTheme } from 'styled-components';
import type { PlaceTrend } from '../../reach/report-types';
import { ColumnHeader as Header, TableCaption } from '../table-header';

const shortDay = new Intl.DateTimeFormat('de-DE', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
export const dayLabel = (day: string) => shortDay.format(new Date(`${day}T00:00:00Z`));

/**
 * The views per day as bars, for the eye only: the numbers are in the table or the sentence
 * beside it, which screen readers read instead.
 */
export const Sparkline = ({ perDay, height = 40 }: { perDay: PlaceTrend['perDay']; height?: number }) => {
  const { colors } = useTheme();
  const most = Math.max(1, ...perDay.map(({ views }) => views));
  const width = perDay.length * 4;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" height={height} preserveAspectRatio="none" aria-hidden focusable="false">
      <line x1={0} x2={width} y1={height - 0.5} y2={height - 0.5} stroke={colors.neutral300} strokeWidth={1} />
      {perDay.map(({ day, views }, index) => {
        const bar = (views / most) * (height - 2);
        return <rect key={day} x={index * 4 + 0.5} y={height - 1 - bar} width={3} height={bar} fill={colors.primary600} />;
      })}
    </svg>
  );
};

/** A place's views per day, newest first, with the bars above. */
export const TrendTable = ({ trend }: { trend: PlaceTrend }) => (
  <Box>
    <Sparkline perDay={trend.perDay} height={60} />
    <Table colCount={2} rowCount={trend.perDay.length + 1}>
      <TableCaption>{`Aufrufe von „${trend.name}“ pro Tag (${trend.total} insgesamt)`}</TableCaption>
      <Thead>
        <Tr>
          <Header>Tag</Header>
          <Header>Aufrufe</Header>
        </Tr>
      </Thead>
      <Tbody>
        {[...trend.perDay].reverse().map(({ day, views }) => (
          <Tr key={day}>
            <Td>
              <Typography textColor="neutral800">
                <time dateTime={day}>{dayLabel(day)}</time>
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{views}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  </Box>
);

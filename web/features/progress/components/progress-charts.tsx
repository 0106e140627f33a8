import { BarChart, LineChart } from '@mantine/charts';
import { SimpleGrid } from '@mantine/core';
import type { Progress } from '../../../../common/schemas/progress.ts';
import { ChartFigure } from '../../../components/chart-figure.tsx';
import {
  gapsSummary,
  goalCounts,
  goalsSummary,
  itemsSummary,
  monthName,
  sessionsSummary,
  shortDay,
} from '../progress-text.ts';

// Colours are at least 3:1 against white (WCAG 1.4.11) and tell apart by lightness too.
const COLORS = {
  held: 'tandem.8',
  cancelled: 'gray.6',
  met: 'tandem.8',
  partly: 'orange.8',
  notMet: 'red.9',
  done: 'tandem.8',
  overdue: 'red.9',
  gap: 'indigo.7',
  rhythm: 'gray.8',
};

// Keyboard and screen-reader users get the table under each chart; the drawing itself stays out
// of the tab order (recharts' own keyboard layer would be a focus stop inside hidden content).
const quiet = { accessibilityLayer: false } as const;
const H = 180;

/** The four "How it's going" charts; loaded on demand so pages without them skip recharts. */
export default function ProgressCharts({ progress: p }: { progress: Progress }) {
  const months = p.months.map((m) => ({ ...m, label: monthName(m.month, 'short') }));
  const sessions = p.sessions.map((s) => ({ label: shortDay(s.day), ...goalCounts(s) }));
  const gaps = p.gaps.map((g) => ({ label: shortDay(g.day), days: g.days }));
  const showGoals = sessions.some((s) => s.yes + s.partly + s.no > 0);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <ChartFigure
        title="Sessions held"
        summary={sessionsSummary(p)}
        table={{
          columns: ['Month', 'Held', 'Cancelled'],
          rows: p.months.map((m) => [monthName(m.month), m.held, m.cancelled]),
        }}
      >
        <BarChart
          h={H}
          data={months}
          dataKey="label"
          type="stacked"
          barChartProps={quiet}
          withLegend
          yAxisProps={{ allowDecimals: false }}
          series={[
            { name: 'held', label: 'Held', color: COLORS.held },
            { name: 'cancelled', label: 'Cancelled', color: COLORS.cancelled },
          ]}
        />
      </ChartFigure>

      <ChartFigure
        title="Was the session goal met?"
        summary={goalsSummary(p)}
        table={{
          columns: ['Session', 'Met', 'Partly', 'Not met'],
          rows: sessions.map((s) => [s.label, s.yes, s.partly, s.no]),
        }}
      >
        {showGoals ? (
          <BarChart
            h={H}
            data={sessions}
            dataKey="label"
            type="stacked"
            barChartProps={quiet}
            withLegend
            yAxisProps={{ allowDecimals: false, domain: [0, 2] }}
            series={[
              { name: 'yes', label: 'Met', color: COLORS.met },
              { name: 'partly', label: 'Partly', color: COLORS.partly },
              { name: 'no', label: 'Not met', color: COLORS.notMet },
            ]}
          />
        ) : null}
      </ChartFigure>

      <ChartFigure
        title="Action items"
        summary={itemsSummary(p)}
        table={{
          columns: ['Month', 'Done', 'Became overdue'],
          rows: p.months.map((m) => [monthName(m.month), m.itemsDone, m.itemsBecameOverdue]),
        }}
      >
        <BarChart
          h={H}
          data={months}
          dataKey="label"
          barChartProps={quiet}
          withLegend
          yAxisProps={{ allowDecimals: false }}
          series={[
            { name: 'itemsDone', label: 'Done', color: COLORS.done },
            { name: 'itemsBecameOverdue', label: 'Became overdue', color: COLORS.overdue },
          ]}
        />
      </ChartFigure>

      <ChartFigure
        title="Days between sessions"
        summary={gapsSummary(p)}
        table={{
          columns: ['Session', 'Days since the one before'],
          rows: gaps.map((g) => [g.label, g.days]),
        }}
      >
        {gaps.length > 0 ? (
          <LineChart
            h={H}
            data={gaps}
            dataKey="label"
            lineChartProps={quiet}
            withLegend
            curveType="linear"
            series={[{ name: 'days', label: 'Days between', color: COLORS.gap }]}
            referenceLines={
              p.cadenceDays
                ? [
                    {
                      y: p.cadenceDays,
                      label: `Agreed rhythm: ${p.cadenceDays} days`,
                      labelPosition: 'insideBottomRight',
                      color: COLORS.rhythm,
                    },
                  ]
                : []
            }
            yAxisProps={{
              allowDecimals: false,
              domain: [0, (max: number) => Math.max(max, (p.cadenceDays ?? 0) + 2)],
            }}
          />
        ) : null}
      </ChartFigure>
    </SimpleGrid>
  );
}

import { BarChart, LineChart } from '@mantine/charts';
import { SimpleGrid } from '@mantine/core';
import type { HealthWeek } from '../../../../common/schemas/program-health.ts';
import { ChartFigure } from '../../../components/chart-figure.tsx';
import { weekLabel } from '../health-text.ts';

// Keyboard and screen-reader users get the table under each chart (see ChartFigure).
const quiet = { accessibilityLayer: false } as const;
const H = 200;

const percent = (count: number, of: number) => (of ? Math.round((count / of) * 100) : null);

/** The cohort's weeks as three charts; loaded on demand so the page opens without recharts. */
export default function HealthCharts({ weeks }: { weeks: HealthWeek[] }) {
  const data = weeks.map((w) => ({
    label: weekLabel(w.week),
    held: w.sessionsHeld,
    prep: percent(w.prepOnTime, w.sessionsHeld),
    met: percent(w.goalMet, w.reviews),
  }));
  const held = weeks.reduce((n, w) => n + w.sessionsHeld, 0);
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <ChartFigure
        title="Sessions held each week"
        summary={`${held} ${held === 1 ? 'session' : 'sessions'} over ${weeks.length} weeks.`}
        table={{
          columns: ['Week of', 'Sessions held'],
          rows: weeks.map((w) => [weekLabel(w.week), w.sessionsHeld]),
        }}
      >
        <BarChart
          h={H}
          data={data}
          dataKey="label"
          barChartProps={quiet}
          yAxisProps={{ allowDecimals: false }}
          series={[{ name: 'held', label: 'Sessions held', color: 'tandem.8' }]}
        />
      </ChartFigure>
      <ChartFigure
        title="Prep shared on time"
        summary="Share of each week’s sessions whose prep was shared before the pair’s deadline."
        table={{
          columns: ['Week of', 'On time', 'Sessions'],
          rows: weeks.map((w) => [weekLabel(w.week), w.prepOnTime, w.sessionsHeld]),
        }}
      >
        <LineChart
          h={H}
          data={data}
          dataKey="label"
          lineChartProps={quiet}
          connectNulls
          unit="%"
          yAxisProps={{ domain: [0, 100] }}
          series={[{ name: 'prep', label: 'On time', color: 'indigo.7' }]}
        />
      </ChartFigure>
      <ChartFigure
        title="Goal met"
        summary="Share of each week’s reviews that said the session goal was met."
        table={{
          columns: ['Week of', 'Goal met', 'Reviews'],
          rows: weeks.map((w) => [weekLabel(w.week), w.goalMet, w.reviews]),
        }}
      >
        <LineChart
          h={H}
          data={data}
          dataKey="label"
          lineChartProps={quiet}
          connectNulls
          unit="%"
          yAxisProps={{ domain: [0, 100] }}
          series={[{ name: 'met', label: 'Goal met', color: 'orange.8' }]}
        />
      </ChartFigure>
    </SimpleGrid>
  );
}

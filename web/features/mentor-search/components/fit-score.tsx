import { RingProgress, Text } from '@mantine/core';

/** Colour by band, so a glance separates strong fits from weak ones (the number says it all). */
export function scoreColor(score: number): string {
  if (score >= 75) return 'tandem.8';
  if (score >= 50) return 'tandem.5';
  return 'gray.5';
}

/** The fit score as a ring with the number inside; read out as "Fit 82 out of 100". */
export function FitScore({ score, size = 72 }: { score: number; size?: number }) {
  return (
    <RingProgress
      role="img"
      aria-label={`Fit ${score} out of 100`}
      size={size}
      thickness={size / 10}
      roundCaps
      sections={[{ value: score, color: scoreColor(score) }]}
      label={
        <Text ta="center" fw={700} fz={size / 3.6} c="gray.9" aria-hidden="true" lh={1}>
          {score}
        </Text>
      }
    />
  );
}

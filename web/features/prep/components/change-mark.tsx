import { Badge } from '@mantine/core';

/** A warm dark orange for "changed" marks: Mantine's orange shades are too light for text on white. */
export const CHANGE_COLOR = '#9a3412';

/**
 * "Changed since Sam read it": marks an item the mentor has not seen in its current form.
 * `reader` is how the mark names the mentor ("Sam", or "you" in the mentor's own brief).
 */
export function ChangeMark({ mark, reader }: { mark: 'added' | 'edited' | null; reader: string }) {
  if (!mark) return null;
  const label =
    reader === 'you'
      ? mark === 'added'
        ? 'New since you last read it'
        : 'Changed since you last read it'
      : mark === 'added'
        ? `New since ${reader} read it`
        : `Changed since ${reader} read it`;
  return (
    <Badge
      variant="light"
      color="orange"
      c={CHANGE_COLOR}
      radius="sm"
      tt="none"
      fw={600}
      style={{ flexShrink: 0 }}
      data-testid="change-mark"
    >
      {label}
    </Badge>
  );
}

/** The lines for what the mentor read that is gone now, and for a new order of questions. */
export function removedSummary(texts: string[], reader: string): string | null {
  if (texts.length === 0) return null;
  const quoted = texts.map((text) => `“${text.length > 80 ? `${text.slice(0, 80)}…` : text}”`);
  const since = reader === 'you' ? 'you last read it' : `${reader} read it`;
  return `Removed since ${since}: ${quoted.join(', ')}`;
}

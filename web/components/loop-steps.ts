import {
  type Icon,
  IconChecklist,
  IconMessages,
  IconNotebook,
  IconTarget,
  IconUsers,
} from '@tabler/icons-react';

export type LoopStepKey = 'goal' | 'fit' | 'prep' | 'session' | 'accountability';

/**
 * The five steps Tandem is built around, in order. Each page words them for its reader (a
 * visitor, a signed-in member), so only the names and icons are shared.
 */
export const loopSteps: { key: LoopStepKey; name: string; icon: Icon }[] = [
  { key: 'goal', name: 'Goal', icon: IconTarget },
  { key: 'fit', name: 'Fit', icon: IconUsers },
  { key: 'prep', name: 'Prep', icon: IconNotebook },
  { key: 'session', name: 'Session', icon: IconMessages },
  { key: 'accountability', name: 'Accountability', icon: IconChecklist },
];

import { KNOWLEDGE_AREAS } from '../../common/taxonomy/knowledge-areas.ts';
import { labelLookup } from '../../common/taxonomy/lookup.ts';
import { stackLabel } from '../../common/taxonomy/stack.ts';

export interface SearchableMentorSide {
  headline: string;
  bio: string;
  currentRole: string | null;
  stack: readonly string[];
  areas: readonly string[];
}

const areaLabel = labelLookup(KNOWLEDGE_AREAS);

/**
 * The text full-text search looks at: only the public mentor side (never lived experiences or
 * anything from the mentee side), with tags spelled out so "kubernetes" finds a `k8s` mentor.
 */
export function profileSearchText(p: SearchableMentorSide): string {
  return [
    p.headline,
    p.currentRole ?? '',
    p.bio,
    p.stack.map(stackLabel).join(' '),
    p.areas.map(areaLabel).join(' '),
  ]
    .filter(Boolean)
    .join('\n');
}

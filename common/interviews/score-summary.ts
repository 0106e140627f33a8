import { type CriterionAggregate, DISAGREEMENT_SPREAD } from '../schemas/interviews.ts';

/**
 * Scores per criterion across scorecards: mean, min, max, spread (max − min), how many scored
 * it, and whether the reviewers disagree (a spread of 2 or more). The server sends it for the
 * scorecards a viewer may see; the scorecard page uses it for the side-by-side view.
 */

export interface CriterionRef {
  id: string;
  name: string;
  archived?: boolean;
}

export interface ScoredCard {
  scores: { criterionId: string; score: number }[];
}

/** Rounded to two decimals, as people read a mean. */
export const roundMean = (value: number) => Math.round(value * 100) / 100;

export function aggregateScores(
  criteria: CriterionRef[],
  cards: ScoredCard[],
): { criteria: CriterionAggregate[]; overallMean: number | null } {
  const rows = criteria.map((criterion): CriterionAggregate => {
    const scores = cards.flatMap((card) =>
      card.scores.filter((s) => s.criterionId === criterion.id).map((s) => s.score),
    );
    if (scores.length === 0) {
      return {
        criterionId: criterion.id,
        name: criterion.name,
        archived: criterion.archived ?? false,
        count: 0,
        mean: null,
        min: null,
        max: null,
        spread: null,
        disagree: false,
      };
    }
    const min = Math.min(...scores);
    const max = Math.max(...scores);
    const sum = scores.reduce((a, b) => a + b, 0);
    return {
      criterionId: criterion.id,
      name: criterion.name,
      archived: criterion.archived ?? false,
      count: scores.length,
      mean: roundMean(sum / scores.length),
      min,
      max,
      spread: max - min,
      disagree: max - min >= DISAGREEMENT_SPREAD,
    };
  });
  // Each criterion weighs the same, however many reviewers scored it; means are averaged
  // unrounded so rounding happens once.
  const means = criteria.flatMap((criterion) => {
    const scores = cards.flatMap((card) =>
      card.scores.filter((s) => s.criterionId === criterion.id).map((s) => s.score),
    );
    return scores.length ? [scores.reduce((a, b) => a + b, 0) / scores.length] : [];
  });
  const overallMean = means.length
    ? roundMean(means.reduce((a, b) => a + b, 0) / means.length)
    : null;
  return { criteria: rows, overallMean };
}

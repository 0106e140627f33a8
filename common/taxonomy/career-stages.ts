/** Career stages in order: the position in this list is what "a stage ahead" compares. */
export const CAREER_STAGES = [
  { id: 'student', label: 'Student' },
  { id: 'early', label: 'Early career' },
  { id: 'mid', label: 'Mid-level' },
  { id: 'senior', label: 'Senior' },
  { id: 'staff', label: 'Staff / principal' },
  { id: 'manager', label: 'Manager' },
  { id: 'director', label: 'Director and above' },
] as const;

export type CareerStage = (typeof CAREER_STAGES)[number]['id'];
export const CAREER_STAGE_IDS = CAREER_STAGES.map((s) => s.id) as [CareerStage, ...CareerStage[]];

/** 0 for student … 6 for director: managers count as a step past staff. */
export function careerStageRank(stage: CareerStage): number {
  return CAREER_STAGE_IDS.indexOf(stage);
}

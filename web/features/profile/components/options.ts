import { CAREER_STAGES } from '../../../../common/taxonomy/career-stages.ts';
import { EDUCATION_PATHS } from '../../../../common/taxonomy/education-paths.ts';
import { GOAL_CATEGORIES } from '../../../../common/taxonomy/goal-categories.ts';
import { KNOWLEDGE_AREAS } from '../../../../common/taxonomy/knowledge-areas.ts';
import { LANGUAGES } from '../../../../common/taxonomy/languages.ts';

const toOptions = (list: readonly { id: string; label: string }[]) =>
  list.map((item) => ({ value: item.id, label: item.label }));

export const stageOptions = toOptions(CAREER_STAGES);
export const areaOptions = toOptions(KNOWLEDGE_AREAS);
export const topicOptions = toOptions(GOAL_CATEGORIES);
export const educationOptions = toOptions(EDUCATION_PATHS);
export const languageOptions = toOptions(LANGUAGES);

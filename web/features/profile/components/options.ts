import { CAREER_STAGES } from '../../../../common/taxonomy/career-stages.ts';
import { EDUCATION_PATHS } from '../../../../common/taxonomy/education-paths.ts';
import { GOAL_CATEGORIES } from '../../../../common/taxonomy/goal-categories.ts';
import { KNOWLEDGE_AREAS } from '../../../../common/taxonomy/knowledge-areas.ts';
import { LANGUAGES } from '../../../../common/taxonomy/languages.ts';
import { selectOptions } from '../../../../common/taxonomy/lookup.ts';

export const stageOptions = selectOptions(CAREER_STAGES);
export const areaOptions = selectOptions(KNOWLEDGE_AREAS);
export const topicOptions = selectOptions(GOAL_CATEGORIES);
export const educationOptions = selectOptions(EDUCATION_PATHS);
export const languageOptions = selectOptions(LANGUAGES);

import { MyInterviews } from '../../features/interviews/components/my-interviews.tsx';
import { ProgramsPage } from '../../features/programs/programs-page.tsx';

/** The programs page, with the person's upcoming interviews as candidate or reviewer. */
export function ProgramsWithInterviews() {
  return <ProgramsPage upcoming={<MyInterviews />} />;
}

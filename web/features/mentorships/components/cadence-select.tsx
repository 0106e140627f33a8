import { Select, type SelectProps } from '@mantine/core';
import { CADENCE_LABELS } from '../../../../common/mentorships/mentorship-labels.ts';
import { CADENCES, type Cadence } from '../../../../common/schemas/mentorships.ts';

const NONE = 'none';
const options = [
  { value: NONE, label: 'No preference yet' },
  ...CADENCES.map((value) => ({ value, label: CADENCE_LABELS[value] })),
];

/** How often to meet; "no preference" is a real answer (the pair can settle it later). */
export function CadenceSelect({
  value,
  onChange,
  ...props
}: Omit<SelectProps, 'value' | 'onChange' | 'data'> & {
  value: Cadence | null;
  onChange: (value: Cadence | null) => void;
}) {
  return (
    <Select
      data={options}
      value={value ?? NONE}
      onChange={(next) => onChange(next && next !== NONE ? (next as Cadence) : null)}
      allowDeselect={false}
      {...props}
    />
  );
}

import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

/**
 * Full-text search. What is typed shows at once; the address bar (and so the query) follows
 * after a short pause, so each keystroke does not become a request.
 */
export function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const [text, setText] = useState(value);
  const commit = useDebouncedCallback(onChange, 350);
  // The words can change from outside (a suggestion clears them, back/forward navigation).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only an outside change should reset the box
  useEffect(() => {
    if (value.trim() !== text.trim()) setText(value);
  }, [value]);

  return (
    <TextInput
      type="search"
      label="Search mentors"
      description="Words from a headline, role or bio, like “career change” or “design systems”."
      placeholder="Search by skill, role or topic"
      leftSection={<IconSearch size={18} aria-hidden="true" />}
      value={text}
      maxLength={200}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          commit.cancel?.();
          onChange(text);
        }
      }}
      rightSection={
        text ? (
          <CloseButton
            aria-label="Clear search words"
            onClick={() => {
              setText('');
              onChange('');
            }}
          />
        ) : null
      }
    />
  );
}

import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';

/**
 * Full-text search. What is typed shows at once; the address bar (and so the query) follows
 * after a short pause, so each keystroke does not become a request.
 */
export function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const [text, setText] = useState(value);
  // What this box last sent (trimmed, as the address bar keeps it): an echo of it must not
  // overwrite what was typed since.
  const sent = useRef(value);
  const send = (q: string) => {
    sent.current = q.trim();
    onChange(q);
  };
  const commit = useDebouncedCallback(send, 350);
  // The words can also change from outside (an empty-state suggestion, back and forward).
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
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
          commit.cancel();
          send(text);
        }
      }}
      rightSection={
        text ? (
          <CloseButton
            aria-label="Clear search words"
            onClick={() => {
              commit.cancel();
              setText('');
              send('');
            }}
          />
        ) : null
      }
    />
  );
}

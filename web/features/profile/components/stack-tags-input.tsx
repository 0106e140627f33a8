import { TagsInput, type TagsInputProps } from '@mantine/core';
import { MAX_STACK_TAGS } from '../../../../common/schemas/profile.ts';
import { normalizeStackTags, STACK } from '../../../../common/taxonomy/stack.ts';

const suggestions = STACK.map((entry) => entry.label);

/**
 * Tags as people type them, tidied on the spot the way the server stores them: "k8s" becomes
 * Kubernetes, "React " and "reactjs" become one React, anything unknown stays as typed.
 */
export function StackTagsInput({ onChange, ...props }: Omit<TagsInputProps, 'data'>) {
  return (
    <TagsInput
      data={suggestions}
      limit={8}
      maxTags={MAX_STACK_TAGS}
      splitChars={[',']}
      clearable={false}
      acceptValueOnBlur
      placeholder="Type a tag and press Enter"
      {...props}
      // A pasted "js, k8s" arrives as one value when Enter is pressed: split it here too.
      onChange={(typed) =>
        onChange?.(normalizeStackTags(typed.flatMap((t) => t.split(','))).map((tag) => tag.label))
      }
    />
  );
}

import { List, Paper, Text, Textarea, type TextareaProps } from '@mantine/core';

/** How far the (trimmed, as the server counts it) message is from the minimum. */
export function lengthHint(text: string, min: number, max: number): string {
  const length = text.trim().length;
  if (length === 0) return `At least ${min} characters.`;
  if (length < min) {
    const left = min - length;
    return `${length} of ${min} characters: ${left} more to go.`;
  }
  return `${length} characters: enough to send (up to ${max}).`;
}

/**
 * A message with a live count towards its minimum, and questions that help say something
 * worth reading. The questions come right before the field; the count is the field's
 * description, heard on focus, with no live region chattering at every keystroke.
 */
export function MessageField({
  prompts,
  promptsTitle,
  min,
  max,
  value,
  ...props
}: TextareaProps & {
  prompts: string[];
  promptsTitle: string;
  min: number;
  max: number;
  value: string;
}) {
  const reached = value.trim().length >= min;
  return (
    <div>
      <Paper bg="tandem.0" radius="md" p="md" mb="sm">
        <Text fw={600} size="sm" c="tandem.9" mb={6}>
          {promptsTitle}
        </Text>
        <List size="sm" spacing={4} c="gray.8">
          {prompts.map((prompt) => (
            <List.Item key={prompt}>{prompt}</List.Item>
          ))}
        </List>
      </Paper>
      <Textarea
        autosize
        minRows={5}
        maxLength={max}
        value={value}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        withAsterisk={false}
        description={
          <Text component="span" size="xs" c={reached ? 'tandem.9' : 'gray.7'}>
            {lengthHint(value, min, max)}
          </Text>
        }
        {...props}
      />
    </div>
  );
}

import { Anchor, Text, Title, Typography } from '@mantine/core';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Markdown written by people in Tandem, rendered safely: raw HTML is dropped (never parsed),
 * links keep only http(s) and mailto addresses and open without handing over the page, and
 * images show as links (no pictures loaded from wherever someone pointed them). Headings start
 * at h3, so the Markdown fits under a page's h1 and a panel's h2. GitHub's extensions (tables,
 * task lists, strikethrough) are on: people paste notes written that way.
 */
const SAFE_URL = /^(https?:|mailto:)/i;

export function safeMarkdownUrl(url: string): string | null {
  const trimmed = url.trim();
  return SAFE_URL.test(trimmed) ? trimmed : null;
}

/** Headings sit under the page's own (h1) and the panel's (h2): "#" renders as h3, and so on. */
const heading =
  (order: 3 | 4 | 5 | 6) =>
  ({ children }: { children?: React.ReactNode }) => (
    <Title order={order} fz={order === 3 ? 'lg' : 'md'} mt="sm" mb={4}>
      {children}
    </Title>
  );

const components: Components = {
  h1: heading(3),
  h2: heading(4),
  h3: heading(5),
  h4: heading(6),
  h5: heading(6),
  h6: heading(6),
  a: ({ href, children }) => {
    const url = href ? safeMarkdownUrl(href) : null;
    // A link we will not follow keeps its words, as plain text.
    if (!url) return <span>{children}</span>;
    return (
      <Anchor href={url} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </Anchor>
    );
  },
  img: ({ src, alt }) => {
    const url = typeof src === 'string' ? safeMarkdownUrl(src) : null;
    const label = alt || 'image';
    if (!url) return <span>{label}</span>;
    return (
      <Anchor href={url} target="_blank" rel="noopener noreferrer nofollow">
        {label}
      </Anchor>
    );
  },
};

export function MarkdownView({ source, empty }: { source: string; empty?: string }) {
  if (source.trim() === '') {
    return (
      <Text size="sm" c="gray.7">
        {empty ?? 'Nothing written yet.'}
      </Text>
    );
  }
  return (
    <Typography fz="sm">
      <Markdown
        skipHtml
        remarkPlugins={[remarkGfm]}
        components={components}
        urlTransform={(url) => safeMarkdownUrl(url) ?? ''}
      >
        {source}
      </Markdown>
    </Typography>
  );
}

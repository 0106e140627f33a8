import { micromark } from 'micromark';
import { describe, expect, it } from 'vitest';
import { embedMarkdown, escapeLine, quotePlain, slug } from './markdown-text.ts';

const html = (md: string) => micromark(md, { allowDangerousHtml: true });

describe('plain text in a Markdown file', () => {
  it.each([
    ['# <script>alert(1)</script>', '<p># &lt;script&gt;alert(1)&lt;/script&gt;</p>'],
    ['- not a list', '<p>- not a list</p>'],
    ['1. not numbered', '<p>1. not numbered</p>'],
    ['> not a quote', '<p>&gt; not a quote</p>'],
    ['**not bold** and [no](link)', '<p>**not bold** and [no](link)</p>'],
    ['&lt; stays as typed', '<p>&amp;lt; stays as typed</p>'],
  ])('%s reads back literally', (text, expected) => {
    expect(html(escapeLine(text)).trim()).toBe(expected);
  });

  it('keeps line breaks of several lines inside one quote', () => {
    expect(html(quotePlain('Thank you\n\n# for everything'))).toBe(
      '<blockquote>\n<p>Thank you</p>\n<p># for everything</p>\n</blockquote>',
    );
  });
});

describe('a Markdown note embedded under a heading', () => {
  it('keeps its formatting, pushes its headings below the section and stays in its quote', () => {
    const out = html(`${embedMarkdown('# Big\n\n**bold** text', 4)}\n\n## Next section`);
    expect(out).toBe(
      '<blockquote>\n<h5>Big</h5>\n<p><strong>bold</strong> text</p>\n</blockquote>\n<h2>Next section</h2>',
    );
  });

  it('cannot turn a line into a heading with an underline', () => {
    const out = html(embedMarkdown('Title\n===\nOther\n---', 2));
    expect(out).not.toMatch(/<h[12]>/);
  });

  it('shows raw HTML as text but leaves code alone', () => {
    const out = html(embedMarkdown('<img src=x onerror=alert(1)> and `<b>`', 2));
    expect(out).not.toContain('<img');
    expect(out).toContain('<code>&lt;b&gt;</code>');
  });

  it('closes a fence the note left open, so the rest of the file is not code', () => {
    const out = html(`${embedMarkdown('```\n# code', 2)}\n\n## After`);
    expect(out).toContain('<h2>After</h2>');
    expect(out).toContain('# code');
  });
});

describe('file names', () => {
  it('are plain ASCII words', () => {
    expect(slug('Ana Lúcia')).toBe('ana-lucia');
    expect(slug('"; rm -rf /')).toBe('rm-rf');
    expect(slug('李')).toBe('pair');
  });
});

/**
 * Putting people's words into a Markdown file without letting them change its shape. Plain
 * fields (titles, names, review answers) become literal text; notes, which ARE Markdown, keep
 * their formatting but are fenced into their section.
 */

/** Characters that start Markdown or HTML structure anywhere in a line. */
const INLINE_SPECIALS = /[\\`*_[\]<>#|~&]/g;

/** One line of plain text, rendered literally: "# <b>" stays "# <b>" when read as Markdown. */
export function escapeLine(text: string): string {
  return (
    text
      .replace(INLINE_SPECIALS, (c) => `\\${c}`)
      // A list marker, numbered item or block quote only counts at the start of a line.
      .replace(/^(\s*)([-+=])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}

/** Plain text that may span lines, as a block quote that keeps its line breaks. */
export function quotePlain(text: string): string {
  const lines = text.trim().split(/\r?\n/);
  return lines.map((line) => (line.trim() ? `> ${escapeLine(line)}  ` : '>')).join('\n');
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^(\s{0,3})(#{1,6})(\s|$)/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
/** An HTML tag, comment or declaration opener: `<div`, `</div`, `<!--`, `<?`. */
const HTML_OPENER = /<(?=[A-Za-z/!?])/g;

/** Escapes raw HTML in one line of Markdown, leaving `code spans` alone. */
function neutraliseHtml(line: string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(HTML_OPENER, '\\<')))
    .join('');
}

/**
 * A user's Markdown note, embedded under a heading of level `parentLevel`: every line goes into
 * a block quote (so nothing in it can end the section or start a new one), headings are pushed
 * below the parent's level, setext underlines cannot turn a line into a heading, and raw HTML
 * is shown as text. Fenced code is left exactly as written.
 */
export function embedMarkdown(body: string, parentLevel: number): string {
  const out: string[] = [];
  let fence: string | null = null;
  let previousBlank = true;
  for (const raw of body.replace(/\s+$/, '').split(/\r?\n/)) {
    let line = raw;
    const fenceMatch = line.match(FENCE);
    if (fence) {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = null;
    } else if (fenceMatch?.[1]) {
      fence = fenceMatch[1];
    } else {
      line = line.replace(ATX_HEADING, (_m, indent: string, hashes: string, space: string) => {
        const level = Math.min(6, parentLevel + hashes.length);
        return `${indent}${'#'.repeat(level)}${space}`;
      });
      // "Title\n===" would make a top-level heading: break the pair apart.
      if (!previousBlank && SETEXT_UNDERLINE.test(line)) out.push('>');
      line = neutraliseHtml(line);
    }
    previousBlank = line.trim() === '';
    out.push(line.trim() ? `> ${line}` : '>');
  }
  // An unclosed fence would swallow the rest of the file: close it inside the quote.
  if (fence) out.push(`> ${fence}`);
  return out.join('\n');
}

/** A safe, readable file-name part: "Ana Lúcia" → "ana-lucia". */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'pair'
  );
}

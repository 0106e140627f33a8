/**
 * Script-injection payloads for every free-text field the browser renders. Each one, if it ever
 * ran, would set `window.__xss` (or open a dialog), which the XSS journey checks for; each
 * carries a marker so the journey can also prove the text did reach the page as plain text.
 * All are single lines, so they pass one-line fields too.
 */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg/onload=window.__xss=1>',
  '"><img src=x onerror=window.__xss=1>',
  "'><svg onload=window.__xss=1>",
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<a href="javascript:window.__xss=1">click me</a>',
  '[click me](javascript:window.__xss=1)',
  '![x](x" onerror="window.__xss=1)',
  '<details open ontoggle=window.__xss=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<style>@import "javascript:window.__xss=1";</style>',
  '<input autofocus onfocus=window.__xss=1>',
] as const;

export interface XssPayload {
  /** A short tag that appears in the rendered text, to find the field again on the page. */
  marker: string;
  text: string;
}

/** The corpus for one field: each payload prefixed with a marker naming the field. */
export function xssCorpus(field: string): XssPayload[] {
  return PAYLOADS.map((payload, index) => {
    const marker = `xss-${field}-${index}`;
    return { marker, text: `${marker} ${payload}` };
  });
}

/** All payloads in one string (for Markdown fields that take many lines). */
export function xssBlock(field: string): { markers: string[]; text: string } {
  const corpus = xssCorpus(field);
  return { markers: corpus.map((p) => p.marker), text: corpus.map((p) => p.text).join('\n\n') };
}

/**
 * Tandem's own mail layout: a plain-text part and a small HTML part with inline styles only
 * (mail clients drop <style> blocks and never run scripts). Every string that came from a
 * person — names, titles, goals — is escaped before it touches the HTML.
 */

export interface MailItem {
  title: string;
  body: string;
  /** A path in the app. */
  link: string;
}

export interface MailContent {
  /** '' for an address with no account: the mail then greets without a name. */
  recipientName: string;
  title: string;
  body: string;
  link: string;
  actionLabel: string;
  /** The digest lists several notifications, each with its own link. */
  items?: MailItem[];
  /** Why they got it, one sentence (see `reasonForType`). */
  why: string;
  baseUrl: string;
  unsubscribeUrl: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The footer's reason for a mail about one notification type (its label on the settings page). */
export const reasonForType = (label: string) =>
  `You get this mail because “${label}” is set to reach you by email.`;

const firstName = (name: string) => name.trim().split(/\s+/)[0] || 'there';
// Subjects are one line: a newline in a title must never become a header of its own.
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

const COLORS = { text: '#1f2933', muted: '#52606d', accent: '#1c5fa8', line: '#d9e2ec' };
const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

function paragraphs(text: string, style: string): string {
  return text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p style="${style}">${escapeHtml(p).replaceAll('\n', '<br>')}</p>`)
    .join('');
}

export function renderMail(content: MailContent): RenderedMail {
  const url = (path: string) => `${content.baseUrl}${path}`;
  const settingsUrl = url('/settings');
  // Someone without an account has no settings to change: only the one-click stop.
  const hasAccount = content.recipientName !== '';
  const footerText = [
    content.why,
    ...(hasAccount
      ? [`Change what Tandem sends you in Settings → Notifications: ${settingsUrl}`]
      : []),
    `Stop these mails with one click: ${content.unsubscribeUrl}`,
  ];
  const greeting = hasAccount ? `Hi ${firstName(content.recipientName)},` : 'Hello,';

  const text = [
    greeting,
    '',
    content.body,
    ...(content.items ?? []).flatMap((item) => [
      '',
      `• ${item.title}`,
      ...(item.body ? [`  ${item.body}`] : []),
      `  ${url(item.link)}`,
    ]),
    '',
    `${content.actionLabel}: ${url(content.link)}`,
    '',
    '—',
    ...footerText,
    '',
  ].join('\n');

  const p = `margin:0 0 16px;font-size:16px;line-height:1.5;color:${COLORS.text}`;
  const items = (content.items ?? [])
    .map(
      (item) =>
        `<li style="margin:0 0 12px"><a href="${escapeHtml(url(item.link))}" style="color:${COLORS.accent};font-weight:600">${escapeHtml(item.title)}</a>` +
        (item.body
          ? `<br><span style="color:${COLORS.muted};font-size:14px">${escapeHtml(item.body)}</span>`
          : '') +
        '</li>',
    )
    .join('');
  const small = `margin:0 0 8px;font-size:13px;line-height:1.5;color:${COLORS.muted}`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(oneLine(content.title))}</title></head>
<body style="margin:0;padding:0;background:#f5f7fa">
<div style="max-width:560px;margin:0 auto;padding:24px 16px;${FONT}">
<p style="margin:0 0 24px;font-size:18px;font-weight:700;color:${COLORS.accent}">Tandem</p>
<div style="background:#ffffff;border:1px solid ${COLORS.line};border-radius:8px;padding:24px">
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3;color:${COLORS.text}">${escapeHtml(oneLine(content.title))}</h1>
<p style="${p}">${escapeHtml(greeting)}</p>
${paragraphs(content.body, p)}
${items ? `<ul style="margin:0 0 16px;padding-left:20px;font-size:16px;line-height:1.5;color:${COLORS.text}">${items}</ul>` : ''}
<p style="margin:24px 0 0"><a href="${escapeHtml(url(content.link))}" style="display:inline-block;background:${COLORS.accent};color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:6px">${escapeHtml(content.actionLabel)}</a></p>
</div>
<div style="padding:16px 4px">
<p style="${small}">${escapeHtml(content.why)}</p>
<p style="${small}">${hasAccount ? `Change what Tandem sends you in <a href="${escapeHtml(settingsUrl)}" style="color:${COLORS.muted}">Settings → Notifications</a>, or <a href="${escapeHtml(content.unsubscribeUrl)}" style="color:${COLORS.muted}">stop these mails</a>.` : `<a href="${escapeHtml(content.unsubscribeUrl)}" style="color:${COLORS.muted}">Stop these mails</a>.`}</p>
</div>
</div>
</body></html>
`;
  return { subject: oneLine(content.title), text, html };
}

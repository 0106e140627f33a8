import { describe, expect, it } from 'vitest';
import { reasonForType, renderMail } from './mail-template.ts';

const base = {
  recipientName: 'Ana "<img src=x onerror=alert(1)>" Mentee',
  title: 'Ben wrote <script>alert(1)</script>\nSubject: forged',
  body: 'Your goal: <b>ship & learn</b>\n\nSee you Thursday.',
  link: '/sessions/1?tab=brief&x="y"',
  actionLabel: 'Open the <brief>',
  why: reasonForType('A session is planned'),
  baseUrl: 'https://tandem.example.org',
  unsubscribeUrl: 'https://tandem.example.org/unsubscribe/abc.def',
};

describe('the mail template', () => {
  it('escapes everything people wrote in the HTML part and keeps the subject on one line', () => {
    const mail = renderMail({
      ...base,
      items: [{ title: 'Item <i>one</i>', body: 'Due "soon"', link: '/a?b=1&c=2' }],
    });
    expect(mail.subject).toBe('Ben wrote <script>alert(1)</script> Subject: forged');
    for (const unsafe of ['<script>', '<img', '<b>', '<i>', '<brief>', 'x="y"']) {
      expect(mail.html).not.toContain(unsafe);
    }
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain(
      'href="https://tandem.example.org/sessions/1?tab=brief&amp;x=&quot;y&quot;"',
    );
    expect(mail.html).toContain('href="https://tandem.example.org/a?b=1&amp;c=2"');
    expect(mail.html).not.toMatch(/<style|<script|class=/);
  });

  it('says why the mail came and how to change it, in both parts', () => {
    const mail = renderMail(base);
    expect(mail.text).toContain('“A session is planned” is set to reach you by email');
    expect(mail.text).toContain('Settings → Notifications: https://tandem.example.org/settings');
    expect(mail.text).toContain('https://tandem.example.org/unsubscribe/abc.def');
    expect(mail.text).toContain(
      'Open the <brief>: https://tandem.example.org/sessions/1?tab=brief&x="y"',
    );
    expect(mail.html).toContain('href="https://tandem.example.org/settings"');
    expect(mail.html).toContain('href="https://tandem.example.org/unsubscribe/abc.def"');
  });
});

import { z } from 'zod';
import { DATE_LOCALE_IDS } from '../dates/date-locales.ts';
import { singleLineText } from './text.ts';
import { timeZoneSchema } from './time-zone.ts';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

const nameSchema = singleLineText(100, 'Keep your name under 100 characters.').refine(
  (name) => name.length > 0,
  'Tell us your name.',
);

const emailSchema = z
  .email('Enter a valid email address, like sam@example.com.')
  .max(254, 'That email address is too long.')
  .transform((email) => email.toLowerCase());

export const signUpInput = z.object({
  name: nameSchema,
  email: emailSchema,
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
    .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
  timeZone: timeZoneSchema,
});
export type SignUpInput = z.input<typeof signUpInput>;

export const signInInput = z.object({
  email: emailSchema,
  // No length rules here: a sign-in must not reveal the password policy of an account.
  password: z.string().min(1, 'Enter your password.').max(PASSWORD_MAX_LENGTH),
  rememberMe: z.boolean().optional(),
});
export type SignInInput = z.input<typeof signInInput>;

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.').max(PASSWORD_MAX_LENGTH),
  newPassword: signUpInput.shape.password,
  revokeOtherSessions: z.boolean().optional(),
});
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

export const meOutput = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  timeZone: z.string(),
  locale: z.enum(DATE_LOCALE_IDS),
  createdAt: z.iso.datetime(),
});
export type Me = z.infer<typeof meOutput>;

/** What sign-up and sign-in answer: the user (the session itself stays in its cookie). */
export const signedInOutput = z.object({ user: meOutput });
export type SignedIn = z.infer<typeof signedInOutput>;

/** Who is signed in, if anyone: never a 401, so a visitor's first page load stays quiet. */
export const sessionOutput = z.object({ user: meOutput.nullable() });
export type Session = z.infer<typeof sessionOutput>;

export const updateMeInput = z
  .object({
    name: nameSchema,
    timeZone: timeZoneSchema,
    locale: z.enum(DATE_LOCALE_IDS, { error: 'Choose one of the listed date and time formats.' }),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Change at least one field.');
export type UpdateMeInput = z.input<typeof updateMeInput>;

export const okOutput = z.object({ ok: z.literal(true) });

/** Deleting an account is deliberate: the current password confirms it is really its owner. */
export const deleteAccountInput = z.object({
  password: z.string().min(1, 'Enter your password to confirm.').max(PASSWORD_MAX_LENGTH),
});
export type DeleteAccountInput = z.input<typeof deleteAccountInput>;

/** How a former member appears to the people who keep a shared mentorship with them. */
export const FORMER_MEMBER_NAME = 'A former member';

import { z } from 'zod';

/**
 * The only place that reads process.env. Everything else receives a typed `Env`.
 * Unknown variables are ignored; known ones are validated and an invalid one stops the boot.
 */
const booleanString = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('localhost'),
    BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    TRUST_PROXY: booleanString.default(false),
    /** Attempts per minute and client address. */
    SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
    SIGN_UP_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(5),
    /** Days before an unanswered mentorship request or invitation expires. */
    REQUEST_EXPIRY_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    /** Where mail goes, e.g. `smtp://user:pass@smtp.example.org:587`; unset → mail is kept in the app, not sent. */
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// address' })
      .optional(),
    /** How often each instance looks for reminders that are due. */
    REMINDER_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
    /** How long an instance holds a reminder it claimed before another may take it over (it died). */
    REMINDER_LEASE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
    /** The sender of every mail: `name@example.org` or `Tandem <name@example.org>`. */
    MAIL_FROM: z
      .string()
      .regex(
        /^(?:[^<>@\r\n]+ <[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/,
        'must be an address or "Name <address>"',
      )
      .default('Tandem <no-reply@localhost>'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    if (!env.AUTH_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'is required when NODE_ENV=production (generate one with: openssl rand -hex 32)',
      });
    }
    if (!env.BASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['BASE_URL'],
        message:
          'is required when NODE_ENV=production (the public address, e.g. https://tandem.example.org)',
      });
    }
  });

export type Env = Omit<z.infer<typeof envSchema>, 'BASE_URL'> & { BASE_URL: string };

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (`PORT=`) means "not set", as most shells and .env files intend.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map(
        (issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`,
      ),
    );
  }
  const env = result.data;
  return { ...env, BASE_URL: (env.BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '') };
}

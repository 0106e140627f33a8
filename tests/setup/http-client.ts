import type { SignUpInput } from '../../common/schemas/account.ts';

/** A JSON answer from a real server process: its status and parsed body. */
export interface JsonReply<T = unknown> {
  status: number;
  body: T;
}

/**
 * A signed-in (or not) caller of a running server, over real HTTP. Every write carries the
 * `Origin` header better-auth and the CSRF guard expect from a browser.
 */
export class HttpClient {
  constructor(
    readonly baseUrl: string,
    public cookie = '',
  ) {}

  /** The same caller against another server (several instances, or after a restart). */
  on(baseUrl: string) {
    return new HttpClient(baseUrl, this.cookie);
  }

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<JsonReply<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        origin: this.baseUrl,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
    if (cookies.length > 0) this.cookie = cookies.join('; ');
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (an HTML page or plain text): keep the text.
    }
    return { status: response.status, body: parsed as T };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body: unknown = {}) {
    return this.request<T>('POST', path, body);
  }
  put<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  patch<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
}

/** Signs a new person up on a running server and answers their signed-in client. */
export async function signUp(baseUrl: string, input: SignUpInput): Promise<HttpClient> {
  const client = new HttpClient(baseUrl);
  const reply = await client.post('/api/auth/sign-up/email', input);
  if (reply.status !== 200) {
    throw new Error(`sign-up failed with ${reply.status}: ${JSON.stringify(reply.body)}`);
  }
  return client;
}

/** Polls a condition (never a fixed sleep) and answers how long it took, in milliseconds. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

import http from 'node:http';

export interface Reply {
  status: number;
  /** Parsed JSON when `parse` was asked for and the body is JSON; otherwise undefined. */
  json?: unknown;
  setCookie: string[];
  ms: number;
}

/**
 * A keep-alive HTTP client for loopback only: one socket per virtual user at most
 * (`connections`), reused for every request, so the server sees N long-lived connections the
 * way a browser tab keeps one. A request that takes longer than `timeoutMs` fails.
 */
export class LoadClient {
  private readonly agent: http.Agent;
  private readonly host: string;
  private readonly port: number;

  constructor(
    readonly baseUrl: string,
    connections: number,
    private readonly timeoutMs = 30_000,
  ) {
    const url = new URL(baseUrl);
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost')
      throw new Error(`the load benchmark only talks to loopback, not ${url.hostname}`);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections, scheduling: 'fifo' });
  }

  request(
    method: string,
    path: string,
    { cookie, body, parse = false }: { cookie?: string; body?: unknown; parse?: boolean } = {},
  ): Promise<Reply> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (cookie) headers.cookie = cookie;
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
      // Cookie-carrying writes must come from the app's own origin.
      headers.origin = this.baseUrl;
    }
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.request(
        { agent: this.agent, host: this.host, port: this.port, method, path, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const ms = performance.now() - started;
            const status = res.statusCode ?? 0;
            let json: unknown;
            if (parse && chunks.length) {
              try {
                json = JSON.parse(Buffer.concat(chunks).toString());
              } catch {
                json = undefined;
              }
            }
            resolve({ status, json, ms, setCookie: res.headers['set-cookie'] ?? [] });
          });
        },
      );
      req.setTimeout(this.timeoutMs, () => req.destroy(new Error('request timed out')));
      req.on('error', reject);
      req.end(payload);
    });
  }

  close() {
    this.agent.destroy();
  }
}

/** Signs a person in through the API; resolves with the Cookie header value of the session. */
export async function signIn(client: LoadClient, email: string, password: string) {
  const reply = await client.request('POST', '/api/auth/sign-in/email', {
    body: { email, password },
  });
  if (reply.status !== 200) throw new Error(`sign-in of ${email} answered ${reply.status}`);
  return reply.setCookie.map((line) => line.split(';')[0]).join('; ');
}

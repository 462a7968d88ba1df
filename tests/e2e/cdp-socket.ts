// A minimal Chrome DevTools Protocol client over one target's own websocket
// (ws://127.0.0.1:PORT/devtools/page/TARGETID). Playwright does not list an extension popup among
// its pages, so the popup is driven through this socket. Every call has a deadline.
import { createRequire } from 'node:module';

// `ws` ships with jsdom (a dependency of the CLI); Node 20 has no global WebSocket. Typed here by hand
// because the project carries no @types/ws.
interface WsLike {
  on(event: 'open' | 'close', listener: () => void): void;
  on(event: 'error', listener: (e: Error) => void): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
  send(data: string): void;
  close(): void;
  readyState: number;
}
type WsConstructor = new (url: string, options?: { maxPayload?: number }) => WsLike;
const WebSocket = createRequire(import.meta.url)('ws') as WsConstructor;

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class CdpSocket {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<(params: any) => void>>();
  private closedReason: string | null = null;

  private constructor(
    private readonly ws: WsLike,
    readonly url: string,
  ) {
    ws.on('message', (data) => {
      const msg = JSON.parse(data.toString()) as { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string; data?: string } };
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        clearTimeout(p.timer);
        if (msg.error) p.reject(new Error(`CDP error: ${msg.error.message}${msg.error.data ? ` (${msg.error.data})` : ''}`));
        else p.resolve(msg.result);
      } else if (msg.method) {
        for (const l of this.listeners.get(msg.method) ?? []) l(msg.params);
      }
    });
    ws.on('close', () => this.fail('the target closed its devtools socket'));
    ws.on('error', (e) => this.fail(`socket error: ${e.message}`));
  }

  static connect(url: string, timeoutMs = 10_000): Promise<CdpSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { maxPayload: 256 * 1024 * 1024 });
      const timer = setTimeout(() => {
        ws.close();
        reject(new Error(`could not open the devtools socket ${url} within ${timeoutMs} ms`));
      }, timeoutMs);
      ws.on('open', () => {
        clearTimeout(timer);
        resolve(new CdpSocket(ws, url));
      });
      ws.on('error', (e) => {
        clearTimeout(timer);
        reject(new Error(`could not open the devtools socket ${url}: ${e.message}`));
      });
    });
  }

  get closed(): boolean {
    return this.closedReason !== null;
  }

  private fail(reason: string) {
    if (this.closedReason) return;
    this.closedReason = reason;
    for (const [, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(new Error(`${reason} (${this.url})`));
    }
    this.pending.clear();
  }

  send<T = any>(method: string, params: object = {}, timeoutMs = 15_000): Promise<T> {
    if (this.closedReason) return Promise.reject(new Error(`${method}: ${this.closedReason} (${this.url})`));
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} got no answer within ${timeoutMs} ms (${this.url})`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  on(method: string, listener: (params: any) => void): () => void {
    let set = this.listeners.get(method);
    if (!set) this.listeners.set(method, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Evaluates an expression in the target's main world; awaits promises; throws the page's exception. */
  async evaluate<T = unknown>(expression: string, timeoutMs = 15_000): Promise<T> {
    const r = await this.send<{ result: { value?: unknown; description?: string }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      timeoutMs,
    );
    if (r.exceptionDetails) {
      throw new Error(`evaluate failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}\n  in: ${expression.slice(0, 300)}`);
    }
    return r.result.value as T;
  }

  close(): void {
    this.fail('closed by the test');
    try {
      this.ws.close();
    } catch {
      // already closed
    }
  }
}

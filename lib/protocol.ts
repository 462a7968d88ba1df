// Every message between popup, collection page, content script and worker, named once.
// Payloads and replies are zod schemas; a failure comes back as a typed CaptureError, never a throw.
import { z } from 'zod';
import { EventRecordSchema } from './record-schema';
import { StoredVersionSchema } from './store/stored-version';

export const ERROR_CODES = [
  'unscriptable-page',
  'no-article',
  'timeout',
  'invalid-message',
  'invalid-record',
  'storage-full',
  'storage',
  'not-found',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ProtocolErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
});
export type ProtocolError = z.infer<typeof ProtocolErrorSchema>;

export class CaptureError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CaptureError';
  }
  toJSON(): ProtocolError {
    return { code: this.code, message: this.message };
  }
}

export const EXPORT_FORMATS = ['json', 'ndjson', 'csv', 'csv-participants', 'ics', 'csl-json', 'markdown', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Bulk messages carry at most this many ids or records (a 10,000-record collection fits). */
export const MAX_BULK = 100_000;

export const TabCaptureResultSchema = z.object({
  tabId: z.number().int(),
  /** Empty when the browser hid the tab's title and address (no access to it). */
  title: z.string(),
  url: z.string(),
  status: z.enum(['saved', 'already-captured', 'failed']),
  /** The saved record's title, or why the tab failed, in words for the user. */
  message: z.string(),
  recordId: z.string().nullable(),
});
export type TabCaptureResult = z.infer<typeof TabCaptureResultSchema>;

const CaptureReply = z.object({
  /** `existing` when the page's canonical URL is already in the collection. */
  status: z.enum(['new', 'existing']),
  /** What the popup shows: the saved record when existing, else the fresh extraction (unsaved). */
  record: EventRecordSchema,
  /** The fresh extraction, offered when the page was already captured. */
  fresh: EventRecordSchema.nullable(),
  /** Time spent reading the page in the tab and normalising in the worker, for the benchmark. */
  timing: z.object({ pageMs: z.number(), workerMs: z.number() }),
});

export const MESSAGES = {
  /** Popup → worker: read the tab (activeTab), normalise, say whether it is already saved. */
  captureTab: {
    payload: z.object({ tabId: z.number().int() }),
    reply: CaptureReply,
  },
  /** Popup → worker: insert or update by id, never duplicating a canonical URL. */
  saveRecord: {
    payload: z.object({ record: EventRecordSchema }),
    reply: z.object({ record: EventRecordSchema, created: z.boolean() }),
  },
  listRecords: {
    payload: z.object({ query: z.string().max(500).default('') }),
    reply: z.object({ records: z.array(EventRecordSchema), total: z.number().int() }),
  },
  getRecord: {
    payload: z.object({ id: z.string() }),
    reply: z.object({ record: EventRecordSchema.nullable() }),
  },
  /** Deletes the record and the kept versions of its page; both come back for an undo. */
  deleteRecord: {
    payload: z.object({ id: z.string() }),
    reply: z.object({ deleted: EventRecordSchema, versions: z.array(StoredVersionSchema) }),
  },
  /** Collection page: bulk delete; ids already gone are skipped. */
  deleteRecords: {
    payload: z.object({ ids: z.array(z.string()).max(MAX_BULK) }),
    reply: z.object({ deleted: z.array(EventRecordSchema), versions: z.array(StoredVersionSchema) }),
  },
  /** The undo of a delete: puts records and versions back exactly as they were. */
  restoreRecords: {
    payload: z.object({ records: z.array(EventRecordSchema).max(MAX_BULK), versions: z.array(StoredVersionSchema).default([]) }),
    reply: z.object({ restored: z.number().int() }),
  },
  /** Collection page: bulk tag and review status. */
  updateReview: {
    payload: z.object({
      ids: z.array(z.string()).max(MAX_BULK),
      addTags: z.array(z.string().trim().min(1, 'a tag cannot be empty')).optional(),
      removeTags: z.array(z.string()).optional(),
      status: z.enum(['unreviewed', 'reviewed']).optional(),
    }),
    reply: z.object({ changed: z.number().int() }),
  },
  /** Collection page: records from a validated file, each with the reviewer's choice if it clashes. */
  importRecords: {
    payload: z.object({
      items: z.array(z.object({ record: EventRecordSchema, resolution: z.enum(['mine', 'theirs', 'both']).optional() })).max(MAX_BULK),
    }),
    reply: z.object({ added: z.number().int(), replaced: z.number().int(), versioned: z.number().int(), kept: z.number().int(), unchanged: z.number().int() }),
  },
  listVersions: {
    payload: z.object({ canonicalUrl: z.string() }),
    reply: z.object({ versions: z.array(StoredVersionSchema) }),
  },
  promoteVersion: {
    payload: z.object({ versionId: z.string() }),
    reply: z.object({ record: EventRecordSchema }),
  },
  /**
   * Collection page: capture every tab of a window, at most CAPTURE_CONCURRENCY at a time. `hostAccess`
   * says the page obtained the optional host permission on the user's click (the worker removes it
   * when done); without it only the tab the user invoked Communiqué on can be read.
   */
  captureTabs: {
    payload: z.object({
      windowId: z.number().int(),
      excludeTabIds: z.array(z.number().int()).default([]),
      hostAccess: z.boolean(),
      closeCaptured: z.boolean().default(false),
    }),
    reply: z.object({ results: z.array(TabCaptureResultSchema) }),
  },
  exportRecords: {
    payload: z.object({ format: z.enum(EXPORT_FORMATS) }),
    reply: z.object({
      filename: z.string(),
      mimeType: z.string(),
      content: z.string(),
      encoding: z.enum(['utf-8', 'base64']),
      count: z.number().int(),
      skipped: z.array(z.string()),
    }),
  },
} as const;

export type MessageName = keyof typeof MESSAGES;
export type Payload<N extends MessageName> = z.input<(typeof MESSAGES)[N]['payload']>;
export type Reply<N extends MessageName> = z.infer<(typeof MESSAGES)[N]['reply']>;

export const EnvelopeSchema = z.object({
  name: z.enum(Object.keys(MESSAGES) as [MessageName, ...MessageName[]]),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

export function errorOf(e: unknown): ProtocolError {
  if (e instanceof CaptureError) return e.toJSON();
  const message = e instanceof Error ? e.message : String(e);
  if (/quota/i.test(message) || (e instanceof Error && e.name === 'QuotaExceededError')) {
    return { code: 'storage-full', message: `The browser refused to store more data (${message}). Free some space or delete old captures; nothing already saved was changed.` };
  }
  return { code: 'internal', message };
}

export type Handlers = { [N in MessageName]: (payload: z.infer<(typeof MESSAGES)[N]['payload']>) => Promise<Reply<N>> };

/** Worker side: validates the envelope and payload, runs the handler, wraps any failure. */
export async function dispatch(handlers: Handlers, raw: unknown): Promise<Result<unknown>> {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return { ok: false, error: { code: 'invalid-message', message: `unknown message ${JSON.stringify(raw)?.slice(0, 200)}: expected one of ${Object.keys(MESSAGES).join(', ')}` } };
  }
  const { name, payload } = envelope.data;
  const parsed = MESSAGES[name].payload.safeParse(payload);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-message', message: `bad payload for ${name}: ${z.prettifyError(parsed.error)}` } };
  }
  try {
    const handler = handlers[name] as (p: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    return { ok: false, error: errorOf(e) };
  }
}

const STOPPED = 'it was stopped before it replied. Try again.';

/** Caller side: sends one message and validates the reply, so a typed value or a typed error returns. */
export async function request<N extends MessageName>(
  send: (message: Envelope) => Promise<unknown>,
  name: N,
  payload: Payload<N>,
): Promise<Result<Reply<N>>> {
  let raw: unknown;
  try {
    raw = await send({ name, payload });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Chromium's words for a worker stopped while it held the message ("…the message channel closed
    // before a response was received"), or stopped while it was starting to take it ("Could not
    // establish connection. Receiving end does not exist", seen in tests/e2e/faults.test.ts), say
    // nothing to a user.
    const why = /message (channel|port) closed|receiving end does not exist/i.test(message) ? STOPPED : message;
    return { ok: false, error: { code: 'internal', message: `the background worker did not answer ${name}: ${why}` } };
  }
  if (raw === undefined) {
    // webextension-polyfill resolves undefined when the worker's message port closed before a reply:
    // the browser stopped the worker mid-request (seen in tests/e2e/faults.test.ts). Not a bad reply.
    return { ok: false, error: { code: 'internal', message: `the background worker did not answer ${name}: ${STOPPED}` } };
  }
  const result = z
    .union([
      z.object({ ok: z.literal(true), value: MESSAGES[name].reply }),
      z.object({ ok: z.literal(false), error: ProtocolErrorSchema }),
    ])
    .safeParse(raw);
  if (!result.success) {
    return { ok: false, error: { code: 'internal', message: `malformed reply to ${name}: ${z.prettifyError(result.error)}` } };
  }
  return result.data as Result<Reply<N>>;
}

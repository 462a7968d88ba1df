// Types for warc-builder.mjs, so TypeScript tests can import it.

type Bytes = Buffer | Uint8Array | string;
type HeaderList = Record<string, string> | [string, string][];

export interface WarcRecordSpec {
  /** WARC-Type: response, request, resource, metadata, revisit, warcinfo, or anything else. */
  type: string;
  uri?: string;
  /** WARC-Date; defaults to 2025-01-01T00:00:00Z. */
  date?: string;
  /** HTTP headers of a response, revisit or request block. */
  httpHeaders?: HeaderList;
  /** HTTP status of a response or revisit; 200 unless given. */
  status?: number;
  body?: Bytes;
  /** The whole record block verbatim, in place of the status line, headers and body. */
  block?: Bytes;
  /** Extra WARC headers; replace generated ones of the same name (Content-Length too). */
  warcHeaders?: HeaderList;
  /** The WARC Content-Type; defaults to the usual one for the type. */
  contentType?: string;
}

export function warcRecord(spec: WarcRecordSpec): Buffer;
export function chunked(body: Bytes, size?: number): Buffer;
export function gzipMember(buf: Bytes): Buffer;

export interface WarcWriter {
  add(record: Bytes): void;
  readonly bytes: number;
  close(): void;
}
export function openWarcWriter(path: string, options?: { gzip?: boolean }): WarcWriter;

export function warcBytes(records: Bytes[], options?: { gzip?: boolean | 'whole' }): Buffer;
export function writeWarc(path: string, records: Bytes[], options?: { gzip?: boolean | 'whole' }): void;

export function waczFrom(
  warcs: { name: string; bytes: Bytes }[],
  options?: { pages?: Record<string, unknown>[]; extra?: Record<string, Bytes> },
): Buffer;

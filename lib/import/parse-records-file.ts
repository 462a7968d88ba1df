// Reads our own JSON (collection file, array or single record) or NDJSON back into records. A file
// with any problem is refused whole, with the first problems named by line or index, field and why:
// importing half a file would leave the user unsure what they have.
import { z } from 'zod';
import { COLLECTION_FORMAT } from '../export/json-export';
import { READABLE_SCHEMA_VERSIONS, upgradeRecord } from '../record-migrations';
import { EventRecordSchema, type EventRecord } from '../record-schema';

export interface ImportProblem {
  /** 1-based line for NDJSON, 1-based position in the records array for JSON. */
  where: string;
  field: string | null;
  why: string;
}

export type ParsedFile = { ok: true; records: EventRecord[]; format: 'json' | 'ndjson' } | { ok: false; problems: ImportProblem[] };

export const MAX_PROBLEMS = 10;
/** Beyond this an import would stall the page for seconds and hold the file several times in memory. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** Checked before reading the file's text, so a 100 MB file is refused without being loaded. */
export function importSizeProblem(name: string, bytes: number): ImportProblem | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return { where: 'file', field: null, why: `${name} is ${mb(bytes)}, over the ${mb(MAX_IMPORT_BYTES)} an import can take: split it (NDJSON splits by lines) and import the parts` };
}

function recordProblems(value: unknown, where: string): ImportProblem[] {
  const parsed = EventRecordSchema.safeParse(value);
  if (parsed.success) return [];
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== undefined && !(READABLE_SCHEMA_VERSIONS as unknown[]).includes(version)) {
    return [{ where, field: 'schemaVersion', why: `schemaVersion ${JSON.stringify(version)} is not supported: expected ${READABLE_SCHEMA_VERSIONS.join(' or ')}` }];
  }
  return parsed.error.issues.map((issue) => ({ where, field: issue.path.length ? issue.path.join('.') : null, why: issue.message }));
}

function collect(values: unknown[], whereOf: (i: number) => string): ParsedFile {
  const problems: ImportProblem[] = [];
  const records: EventRecord[] = [];
  for (let i = 0; i < values.length && problems.length < MAX_PROBLEMS; i++) {
    // A file exported by an older version of Communiqué is read as its records upgraded.
    const value = upgradeRecord(values[i]);
    const found = recordProblems(value, whereOf(i));
    if (found.length) problems.push(...found);
    else records.push(EventRecordSchema.parse(value));
  }
  return problems.length ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) } : { ok: true, records, format: 'json' };
}

export function parseRecordsFile(text: string): ParsedFile {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trim();
  // An export of an empty collection is an empty NDJSON file: valid, with nothing in it.
  if (!trimmed) return { ok: true, records: [], format: 'ndjson' };
  let whole: unknown;
  let wholeError: string | null = null;
  try {
    whole = JSON.parse(trimmed);
  } catch (e) {
    wholeError = (e as Error).message;
  }
  if (wholeError === null) {
    if (Array.isArray(whole)) return collect(whole, (i) => `record ${i + 1}`);
    if (whole && typeof whole === 'object' && 'records' in whole) {
      const file = z.object({ format: z.string().optional(), records: z.array(z.unknown()) }).safeParse(whole);
      if (!file.success) return { ok: false, problems: [{ where: 'file', field: 'records', why: 'expected "records" to be an array of event records' }] };
      if (file.data.format !== undefined && file.data.format !== COLLECTION_FORMAT) {
        return { ok: false, problems: [{ where: 'file', field: 'format', why: `format "${file.data.format}" is not a Communiqué collection: expected "${COLLECTION_FORMAT}"` }] };
      }
      return collect(file.data.records, (i) => `record ${i + 1}`);
    }
    return collect([whole], () => 'record 1');
  }
  const firstLine = trimmed.split(/\r?\n/, 1)[0];
  let firstLineIsJson = false;
  try {
    JSON.parse(firstLine);
    firstLineIsJson = true;
  } catch {
    // Pretty-printed JSON cut short, or not JSON at all.
  }
  if (!firstLineIsJson) {
    const why = /^[[{]/.test(trimmed)
      ? `not valid JSON (${wholeError}); the file may be truncated`
      : `not a Communiqué export: expected JSON or NDJSON, found text starting "${trimmed.slice(0, 40)}"`;
    return { ok: false, problems: [{ where: 'file', field: null, why }] };
  }
  // NDJSON: one record per non-empty line.
  const lines = body.split(/\r?\n/);
  const values: unknown[] = [];
  const lineNumbers: number[] = [];
  const problems: ImportProblem[] = [];
  for (let i = 0; i < lines.length && problems.length < MAX_PROBLEMS; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    try {
      values.push(JSON.parse(line));
      lineNumbers.push(i + 1);
    } catch (e) {
      problems.push({ where: `line ${i + 1}`, field: null, why: `not valid JSON (${(e as Error).message})` });
    }
  }
  if (problems.length) return { ok: false, problems };
  const result = collect(values, (i) => `line ${lineNumbers[i]}`);
  return result.ok ? { ...result, format: 'ndjson' } : result;
}

export function describeProblems(problems: ImportProblem[]): string {
  return problems.map((p) => `${p.where}${p.field ? `, ${p.field}` : ''}: ${p.why}`).join('\n');
}

// `communique export --format F [--out PATH] FILE`: a Communiqué JSON or NDJSON export in any of
// the extension's export formats.
import { readFileSync, writeFileSync } from 'node:fs';
import { exportBytes, exportRecords } from '../export/export-records';
import { describeProblems, parseRecordsFile } from '../import/parse-records-file';
import { EXPORT_FORMATS, type ExportFormat } from '../protocol';
import type { CliIo } from './cli-io';

export const EXPORT_USAGE = `communique export --format F [--out PATH] FILE.json|FILE.ndjson
         converts a Communiqué export; F is one of ${EXPORT_FORMATS.join(', ')}`;

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  let format: string | undefined;
  let out: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format') format = args[++i];
    else if (a === '--out') out = args[++i];
    else if (a.startsWith('--')) {
      io.err(`unknown option ${a}\nusage: ${EXPORT_USAGE}\n`);
      return 2;
    } else inputs.push(a);
  }
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    io.err(`--format ${format === undefined ? 'is missing' : `"${format}" is not known`}: expected one of ${EXPORT_FORMATS.join(', ')}\n`);
    return 2;
  }
  if (inputs.length !== 1) {
    io.err(`expected one input file (a Communiqué JSON or NDJSON export), got ${inputs.length}\nusage: ${EXPORT_USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(inputs[0], 'utf8');
  } catch (e) {
    io.err(`cannot read ${inputs[0]}: ${(e as Error).message}\n`);
    return 1;
  }
  const parsed = parseRecordsFile(text);
  if (!parsed.ok) {
    io.err(`${inputs[0]} is not a valid Communiqué export; nothing was written:\n${describeProblems(parsed.problems)}\n`);
    return 1;
  }
  const file = exportRecords(parsed.records, format as ExportFormat, new Date());
  if (file.skipped.length) io.err(`${file.skipped.length} record(s) have no event date and are not in the ${format} file\n`);
  if (out) {
    writeFileSync(out, exportBytes(file));
    return 0;
  }
  if (typeof file.content !== 'string') {
    if (process.stdout.isTTY) {
      io.err(`the ${format} export is a zip archive: give --out PATH to write it\n`);
      return 2;
    }
    process.stdout.write(exportBytes(file));
    return 0;
  }
  io.out(file.content);
  return 0;
}

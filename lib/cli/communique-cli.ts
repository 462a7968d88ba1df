// `communique COMMAND …`. Each command is loaded only when it is called, so `--version` answers
// without loading jsdom, and `export` without the extraction code.
import { readFileSync } from 'node:fs';
import type { CliIo } from './cli-io';

export type { CliIo } from './cli-io';

const USAGE = `usage: communique extract [options] INPUT...   event records of saved pages and web archives (--help for options)
       communique export --format F [--out PATH] FILE.json|FILE.ndjson
       communique --version`;

/** From package.json: two folders up from lib/cli and from the bundle in dist/cli/build-…/ alike. */
export function cliVersion(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8'));
      if (pkg.name === 'communique') return pkg.version;
    } catch {
      // not this one
    }
  }
  return 'unknown';
}

const processIo = (): CliIo => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  stdout: process.stdout,
  errIsTTY: process.stderr.isTTY,
  columns: process.stderr.columns,
});

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    io.out(`communique ${cliVersion()}\n`);
    return 0;
  }
  if (command === 'extract') {
    const { extractCommand, EXTRACT_USAGE } = await import('./extract-command');
    if (rest.includes('--help')) {
      io.out(`usage: ${EXTRACT_USAGE}\n`);
      return 0;
    }
    return extractCommand(rest, io);
  }
  if (command === 'export') {
    const { exportCommand } = await import('./export-command');
    return exportCommand(rest, io);
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  io.err(`${command ? `unknown command "${command}"\n` : ''}${USAGE}\n`);
  return 2;
}

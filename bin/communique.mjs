#!/usr/bin/env node
// The CLI runs the extension's own TypeScript through tsx, so there is no separate build to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/communique-cli.ts');
process.exitCode = await main(process.argv.slice(2));

// The bundle's entry (bin/communique.mjs loads it).
import { main } from './communique-cli';

process.exitCode = await main(process.argv.slice(2));

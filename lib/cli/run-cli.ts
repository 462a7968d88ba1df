// The bundle's entry (bin/communique.mjs loads it).
import { main } from './communique-cli';

const code = await main(process.argv.slice(2));
// Once what was written has left, the process ends at once: a natural exit would first tear down
// the page's DOM and the loaded extraction code, tens of milliseconds that a one-page call feels.
let left = 0;
const done = () => ++left === 2 && process.exit(code);
process.stdout.write('', done);
process.stderr.write('', done);

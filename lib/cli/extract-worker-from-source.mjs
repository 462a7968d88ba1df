// The worker thread's entry when the CLI runs from its TypeScript source (the tests call main()
// directly): tsx compiles the worker as the bundle would have.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');

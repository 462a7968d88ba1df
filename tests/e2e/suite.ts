// One browser and one page server per test file, started before its tests and always shut down,
// even when a test fails. Kept apart from harness.ts, which the benchmark scripts import outside vitest.
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, startServer, type ExtensionBrowser, type LaunchOptions, type PageServer } from './harness';

export interface Suite {
  server: PageServer;
  browser: ExtensionBrowser;
}

export function useBrowserAndServer(options: () => LaunchOptions = () => ({})): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.server = await startServer();
    suite.browser = await launchChromium(options());
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

export interface AttemptTally {
  tried: number;
  crashes: number;
  failures: number;
}

/** Runs one attempt and counts it; a throw other than a failed expectation (a hang, a dead worker) is a crash. */
export function countedAttempt(tally: AttemptTally) {
  return async <T>(work: () => Promise<T>): Promise<T> => {
    tally.tried++;
    try {
      return await work();
    } catch (e) {
      if ((e as Error).name === 'AssertionError') tally.failures++;
      else tally.crashes++;
      throw e;
    }
  };
}

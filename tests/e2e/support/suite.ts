// Runs a describe block once per browser, with the fixture server and the browser started once
// per block and always closed (profiles removed) even when a test fails.
import { afterAll, beforeAll, describe } from 'vitest';
import { type BrowserName, LAUNCHERS, type LaunchOptions, type TestBrowser } from './browsers';
import { type FixtureServer, startFixtureServer } from '../../../scripts/fixture-server';

export interface Env {
  browser: TestBrowser;
  server: FixtureServer;
}

const ONLY = process.env.QL_BROWSERS?.split(',') as BrowserName[] | undefined;

/** `options`: how the browsers are started (their interface language). */
export function inEachBrowser(title: string, body: (env: () => Env, name: BrowserName) => void, options?: LaunchOptions): void {
  for (const name of ['chromium', 'firefox'] as const) {
    describe.skipIf(ONLY !== undefined && !ONLY.includes(name))(`${title} [${name}]`, () => {
      let env: Env | undefined;
      beforeAll(async () => {
        const server = await startFixtureServer();
        try {
          env = { server, browser: await LAUNCHERS[name](options) };
        } catch (e) {
          await server.close();
          throw e;
        }
      });
      afterAll(async () => {
        await env?.browser.close();
        await env?.server.close();
      });
      body(() => {
        if (!env) throw new Error('browser did not start');
        return env;
      }, name);
    });
  }
}

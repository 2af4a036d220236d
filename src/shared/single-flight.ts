// One build at a time: callers that ask while it runs share its promise; once it settles, the next
// call starts a new one. (The search index, the quote matches and the page's frame each build
// something slow on first use, and a second caller must never start a second build.)

export interface SingleFlight<T> {
  /** The build under way, or a new one. */
  run(): Promise<T>;
  /** True while a build is under way. */
  readonly running: boolean;
}

export function singleFlight<T>(build: () => Promise<T>): SingleFlight<T> {
  let current: Promise<T> | null = null;
  return {
    run() {
      current ??= build().finally(() => {
        current = null;
      });
      return current;
    },
    get running() {
      return current !== null;
    },
  };
}

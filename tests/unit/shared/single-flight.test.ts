import { describe, expect, it } from 'vitest';
import { singleFlight } from '../../../src/shared/single-flight';

describe('singleFlight', () => {
  it('shares the build under way, and starts a new one once it settled (also after a failure)', async () => {
    let builds = 0;
    let fail = false;
    const flight = singleFlight(async () => {
      builds++;
      await new Promise((r) => setTimeout(r, 5));
      if (fail) throw new Error('no');
      return builds;
    });
    const [a, b] = [flight.run(), flight.run()];
    expect(flight.running).toBe(true);
    expect(await a).toBe(1);
    expect(await b).toBe(1);
    expect(flight.running).toBe(false);
    fail = true;
    await expect(flight.run()).rejects.toThrow('no');
    fail = false;
    expect(await flight.run()).toBe(3);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleText } from '../../../src/analysis/types';
import { AnalysisCancelled, AnalysisScheduler, type AnalysisWorker } from '../../../src/background/analysis-scheduler';
import type { SnapshotExtraction } from '../../../src/extraction/snapshot-extraction';
import { EMPTY_WIRE_ANALYSIS, packAnalysis, type WireOutcome } from '../../../src/shared/analysis-wire';
import { LIMITS } from '../../../src/shared/limits';

/** A worker's packed analysis, and its reply carrying it: within the limits, so nothing was cut. */
const RESULT = packAnalysis({ quotes: [], actors: [{ name: 'Ana Ruiz', type: 'person', aliases: [], mentions: [{ start: 0, end: 8 }] }] }, 'Ana Ruiz spoke.');
const DONE: WireOutcome = { analysis: RESULT, stopped: null };
const article = (text = 'Ana Ruiz spoke.'): ArticleText => ({ title: '', text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }] });

/** Workers whose jobs the test finishes by hand; records which were stopped. */
function fakeWorkers() {
  const made: { worker: AnalysisWorker; finish: (a: WireOutcome) => void; fail: (e: Error) => void; terminated: boolean; runs: number }[] = [];
  const spawn = (): AnalysisWorker => {
    const entry = { finish: (_a: WireOutcome) => {}, fail: (_e: Error) => {}, terminated: false, runs: 0 } as (typeof made)[number];
    entry.worker = {
      run: () => {
        entry.runs++;
        return new Promise<WireOutcome>((resolve, reject) => {
          entry.finish = resolve;
          entry.fail = reject;
        });
      },
      extract: () => {
        entry.runs++;
        return new Promise<SnapshotExtraction>((resolve, reject) => {
          entry.finish = resolve as unknown as (a: WireOutcome) => void;
          entry.fail = reject;
        });
      },
      terminate: () => {
        entry.terminated = true;
      },
    };
    made.push(entry);
    return entry.worker;
  };
  return { made, spawn };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('AnalysisScheduler', () => {
  it('answers with the worker’s analysis and keeps that worker warm for the next page', async () => {
    const { made, spawn } = fakeWorkers();
    const s = new AnalysisScheduler(spawn, 1000);
    const first = s.analyse('tab-1', article());
    made[0]!.finish(DONE);
    expect(await first).toEqual({ analysis: RESULT, stopped: null });
    const second = s.analyse('tab-2', article());
    made[0]!.finish(DONE);
    await second;
    expect(made).toHaveLength(1);
    expect(made[0]!.runs).toBe(2);
    expect(made[0]!.terminated).toBe(false);
  });

  it('a newer request for the same tab cancels the older one and stops its worker', async () => {
    const { made, spawn } = fakeWorkers();
    const s = new AnalysisScheduler(spawn, 1000);
    const older = s.analyse('tab-1', article('old text'));
    const newer = s.analyse('tab-1', article('new text'));
    await expect(older).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(made[0]!.terminated).toBe(true);
    made[1]!.finish(DONE);
    expect((await newer).analysis).toBe(RESULT);
  });

  it('another tab’s request does not cancel this one', async () => {
    const { made, spawn } = fakeWorkers();
    const s = new AnalysisScheduler(spawn, 1000);
    const a = s.analyse('tab-1', article());
    const b = s.analyse('tab-2', article());
    made[0]!.finish(DONE);
    made[1]!.finish(DONE);
    await expect(a).resolves.toMatchObject({ stopped: null });
    await expect(b).resolves.toMatchObject({ stopped: null });
  });

  it('past the time budget the worker is stopped and the reader is told why', async () => {
    vi.useFakeTimers();
    const { made, spawn } = fakeWorkers();
    const s = new AnalysisScheduler(spawn, 5000);
    const run = s.analyse('tab-1', article());
    vi.advanceTimersByTime(5001);
    const outcome = await run;
    expect(outcome.analysis).toEqual(EMPTY_WIRE_ANALYSIS);
    expect(outcome.stopped).toMatchObject({ reason: 'time' });
    expect(outcome.stopped!.message).toContain('after 5 s');
    expect(made[0]!.terminated).toBe(true);
  });

  it('a worker failure reaches the caller and that worker is not reused', async () => {
    const { made, spawn } = fakeWorkers();
    const s = new AnalysisScheduler(spawn, 1000);
    const run = s.analyse('tab-1', article());
    made[0]!.fail(new Error('Analysis failed: RangeError: boom'));
    await expect(run).rejects.toThrow('RangeError: boom');
    expect(made[0]!.terminated).toBe(true);
  });

  it('tells the reader both when the article was cut to the size limit and the worker cut its analysis', async () => {
    const { made, spawn } = fakeWorkers();
    const s = new AnalysisScheduler(spawn, 1000);
    const pending = s.analyse('tab-1', article('a'.repeat(LIMITS.article + 10)));
    made[0]!.finish({ analysis: RESULT, stopped: { reason: 'too-many', message: 'Too many quotations.' } });
    const { stopped } = await pending;
    expect(stopped?.reason).toBe('too-long');
    expect(stopped?.message).toContain(LIMITS.article.toLocaleString('en'));
    expect(stopped?.message).toContain('Too many quotations.');
  });

  it('extracts a page snapshot in a worker: a newer snapshot of the tab cancels the older, its analysis is not cancelled, and the worker stays warm', async () => {
    const { made, spawn } = fakeWorkers();
    const s = new AnalysisScheduler(spawn, 1000);
    const snapshot = { html: '<p>x</p>', url: 'https://example.org/a', force: false };
    const analysis = s.analyse('tab-1', article());
    const older = s.extract('tab-1', snapshot);
    const newer = s.extract('tab-1', snapshot);
    await expect(older).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(made[1]!.terminated).toBe(true);
    const extracted: SnapshotExtraction = { isArticle: false, article: null, verdict: { isArticle: false, reason: 'no-text' }, notice: null, scope: 'article' };
    made[2]!.finish(extracted as never);
    expect(await newer).toBe(extracted);
    made[0]!.finish(DONE);
    expect((await analysis).analysis).toBe(RESULT);
    // The extraction's worker is kept for the next job.
    const next = s.analyse('tab-2', article());
    expect(made).toHaveLength(3);
    made[2]!.finish(DONE);
    await next;
  });

  it('an extraction past the time budget fails with a message that says so, and its worker is stopped', async () => {
    vi.useFakeTimers();
    const { made, spawn } = fakeWorkers();
    const s = new AnalysisScheduler(spawn, 5000);
    const run = s.extract('tab-1', { html: '', url: 'https://example.org/', force: true });
    vi.advanceTimersByTime(5001);
    await expect(run).rejects.toThrow('stopped reading this page after 5 s');
    expect(made[0]!.terminated).toBe(true);
  });
});

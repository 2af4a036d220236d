// Worst-case analysis times: each shape of issue 13 at 25k, 100k and 1M characters against a real
// article of the same size, as a ratio. Each shape runs in its own process with a time cap per size,
// so a quadratic stage is reported as "> N s (stopped)" instead of hanging the bench.
//   npx tsx bench/worst-case.ts           (part of npm run bench; BENCH_CAP_S sets the cap, default 20)
import { spawn } from 'node:child_process';
import { SHAPES, SIZES } from './worst-case-shapes';

const CAP_MS = Number(process.env.BENCH_CAP_S ?? 20) * 1000;

type Times = Map<number, number | 'stopped'>;

/** Runs one shape's sizes in a child; a size still running after CAP_MS stops the child. */
function measure(shape: string): Promise<Times> {
  return new Promise((resolve, reject) => {
    const times: Times = new Map();
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/worst-case-child.ts', shape], { stdio: ['ignore', 'pipe', 'inherit'] });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running: number | null = null;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = JSON.parse(buffer.slice(0, nl)) as { size: number; ms?: number; started?: boolean };
        buffer = buffer.slice(nl + 1);
        clearTimeout(timer);
        if (line.started) {
          running = line.size;
          timer = setTimeout(() => {
            for (const s of SIZES) if (s >= line.size) times.set(s, 'stopped');
            child.kill('SIGKILL');
          }, CAP_MS);
        } else {
          running = null;
          times.set(line.size, line.ms!);
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`${shape}: exited with ${code} while at ${running ?? 'start'}`));
      else resolve(times);
    });
  });
}

const fmt = (t: number | 'stopped' | undefined) =>
  t === undefined ? '—' : t === 'stopped' ? `> ${CAP_MS / 1000} s (stopped)` : t < 1000 ? `${t.toFixed(0)} ms` : `${(t / 1000).toFixed(2)} s`;

const ratio = (t: number | 'stopped' | undefined, real: number | 'stopped' | undefined) =>
  typeof t === 'number' && typeof real === 'number' ? `${(t / real).toFixed(1)}×` : t === 'stopped' && typeof real === 'number' ? `> ${(CAP_MS / real).toFixed(0)}×` : '—';

console.log(`worst-case analysis (time cap ${CAP_MS / 1000} s per size; ratio = shape / real article of the same size)`);
const real = await measure('real');
console.log(`${'real article (test fixture, repeated)'.padEnd(40)} ${SIZES.map((s) => `${(s / 1000).toFixed(0)}k ${fmt(real.get(s))}`.padEnd(30)).join('')}`);
for (const shape of Object.keys(SHAPES)) {
  const t = await measure(shape);
  const cells = SIZES.map((s) => `${(s / 1000).toFixed(0)}k ${fmt(t.get(s))} ${ratio(t.get(s), real.get(s))}`.padEnd(30));
  console.log(`${shape.padEnd(40)} ${cells.join('')}`);
}

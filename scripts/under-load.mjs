#!/usr/bin/env node
// Runs a command (by default `npm test`) while CPU-bound work keeps every core busy, as a shared CI
// machine may be: a test that passes only on a quiet machine fails here first.
//
//   node scripts/under-load.mjs                 # npm test under load on every core
//   node scripts/under-load.mjs -- bash .ci/run # any command
//   QL_LOAD_WORKERS=1 node scripts/under-load.mjs   # fewer busy workers
//
// The busy workers run at normal priority (not nice'd): they compete with the browsers for real.
// They stop when the command ends, however it ends (exit, signal, crash of this script).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const dash = process.argv.indexOf('--');
const command = dash >= 0 ? process.argv.slice(dash + 1) : ['npm', 'test'];
if (command.length === 0) {
  console.error('under-load: no command after --');
  process.exit(2);
}
const count = Number(process.env.QL_LOAD_WORKERS ?? availableParallelism());
if (!Number.isInteger(count) || count < 1) {
  console.error(`under-load: QL_LOAD_WORKERS must be a whole number ≥ 1, not ${process.env.QL_LOAD_WORKERS}`);
  process.exit(2);
}

// Each worker spins on arithmetic and allocates a little, so both the CPU and the garbage collector
// of its own isolate are busy; it never yields, so the scheduler must take the core from it.
const spin = `
let x = 0, keep = [];
for (;;) {
  for (let i = 0; i < 1e6; i++) x = (x * 1103515245 + 12345) | 0;
  keep.push(new Array(64).fill(x));
  if (keep.length > 1000) keep = [];
}`;
const workers = Array.from({ length: count }, () => new Worker(spin, { eval: true }));
const stopLoad = () => {
  for (const w of workers) void w.terminate();
};

const started = Date.now();
console.log(`under-load: ${count} busy worker(s) on ${availableParallelism()} core(s); running: ${command.join(' ')}`);
const child = spawn(command[0], command.slice(1), { stdio: 'inherit' });
const forward = (sig) => () => child.kill(sig);
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));
child.on('error', (e) => {
  console.error(`under-load: could not start ${command[0]}: ${e.message}`);
  stopLoad();
  process.exit(127);
});
child.on('exit', (code, signal) => {
  stopLoad();
  const s = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`under-load: ${command.join(' ')} ended ${signal ? `by ${signal}` : `with exit code ${code}`} after ${s} s`);
  process.exit(code ?? 1);
});

// `npm run train`: rebuilds every learned model from polnear-train, deterministically.
import { trainSpeaker } from './speaker';

const t0 = performance.now();
trainSpeaker();
console.log(`train: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// `npm run train:speaker`: rebuilds the speaker ranker from polnear-train. `npm run train`
// runs the tagger's trainer first, in its own process, so that the ranker's candidates come
// from the freshly written tagger model (the analysis loads it when it is imported).
import { trainSpeaker } from './speaker';

const t0 = performance.now();
trainSpeaker();
console.log(`train: speaker ranker done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// Debug aid: on real pages (happy-dom standing in for the browser), how many extracted
// blocks map back to an exact live Range.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { mapArticleToDom } from '../src/extraction/dom-text-map';
import { extractArticle } from '../src/extraction/extract-article';

for (const path of process.argv.slice(2)) {
  const win = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  win.document.write(readFileSync(path, 'utf8'));
  // happy-dom's Document is structurally the DOM Document the extension sees.
  const doc = win.document as unknown as Document;
  const a = extractArticle(doc);
  if (!a) {
    console.log(path, 'no article');
    continue;
  }
  const map = mapArticleToDom(doc, a);
  let ok = 0;
  const bad: string[] = [];
  for (const b of a.blocks) {
    const want = a.text.slice(b.start, b.end);
    const r = map.toRange(b.start, b.end);
    if (r && r.toString().replace(/\s+/g, '') === want.replace(/\s+/g, '')) ok++;
    else bad.push(want.slice(0, 60));
  }
  console.log(`${path.split('/').pop()}: ${ok}/${a.blocks.length} blocks map exactly`);
  for (const b of bad.slice(0, 3)) console.log('   unmapped:', b);
  await win.happyDOM.close();
}

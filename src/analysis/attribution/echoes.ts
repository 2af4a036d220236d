// Stage "echoes": a quotation that repeats another one's words — a pull quote set as a
// heading, a word the article picks up from a speaker ("the 'historic' move") — is that
// speaker's, when the ranker found nobody for it. A quotation inside the other one is not an
// echo: there the speaker is quoting someone else.
import type { Quote } from '../types';

/** A word is looked up in at most this many named quotations (the nearest ones win anyway). */
const MAX_SOURCES_PER_WORD = 8;
/** Longer quotations are statements of their own, not echoes. */
const MAX_ECHO = 300;
/** Only this much of a source quotation is searched, so a page of huge quotes stays linear. */
const MAX_SOURCE = 4000;

/** Lower case, every run of non-letters one space, padded: " we need to listen ". */
function normal(text: string, max: number): string {
  return ` ${text.slice(0, max).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** "Bobby!", "American Skin", "13th": a name or a title, which anyone may quote. */
function titleCased(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length > 0 && words.length <= 4 && words.every((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w));
}

export function attributeEchoes(quotes: readonly Quote[]): Quote[] {
  const byWord = new Map<string, number[]>();
  const normals = new Map<number, string>();
  quotes.forEach((q, i) => {
    if (q.speaker.kind !== 'named') return;
    const n = normal(q.text, MAX_SOURCE);
    normals.set(i, n);
    for (const w of new Set(n.trim().split(' '))) {
      const list = byWord.get(w) ?? [];
      if (list.length < MAX_SOURCES_PER_WORD) list.push(i);
      byWord.set(w, list);
    }
  });
  if (!normals.size) return [...quotes];
  return quotes.map((q) => {
    if (q.speaker.kind !== 'nobody' || q.text.length > MAX_ECHO || titleCased(q.text)) return q;
    const n = normal(q.text, MAX_ECHO);
    const words = n.trim().split(' ').filter(Boolean);
    if (!words.length) return q;
    // The rarest word's sources are the only ones that can hold every word.
    let sources: number[] | undefined;
    for (const w of words) {
      const list = byWord.get(w);
      if (!list) return q;
      if (!sources || list.length < sources.length) sources = list;
    }
    let best: Quote | null = null;
    for (const i of sources!) {
      const s = quotes[i]!;
      if (q.start >= s.start && q.end <= s.end) continue;
      if (!normals.get(i)!.includes(n)) continue;
      if (!best || Math.abs(s.start - q.start) < Math.abs(best.start - q.start)) best = s;
    }
    if (!best) return q;
    return { ...q, speaker: best.speaker, speakerRole: best.speakerRole, speakerMention: null, cue: null, kind: 'partial', confidence: best.confidence, rule: 'echo' };
  });
}

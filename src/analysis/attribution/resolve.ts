// Stage "resolution": what a phrase that may name a speaker stands for — a named actor
// (through its aliases, a pronoun's antecedent or a description's coreferent), or an
// unnamed source described by its words. Indexed once per article: every lookup is a map
// hit or a bounded scan, never a walk over all actors.
import type { Entity, Mention } from '../aliases';
import { institutionName, isPersonDescription, mostSalientPerson, resolveDescription } from '../descriptions';
import type { Doc } from '../document';
import type { SpeakerRef } from '../noun-phrases';
import { compatible } from '../pronouns';
import { spanAt } from '../sentences';
import { isSpeechVerb } from '../speech-verbs';
import { DOCUMENT_HEADS, ORGANIZATION_HEADS as ORG_HEADS } from '../lexicons/description-heads';
import { isCommonWord, typeFromWords } from '../nlp';
import { documentContext } from '../ner/features';
import { hasPossessive, stripPossessive, type Token } from '../tokens';
import { lastPersonFor } from './description-intl';
import { documentIntroduction } from './issuer';

/** How far back (in characters) a description looks for the actor it stands for. */
const DESCRIPTION_REACH = 3000;

export interface Referent {
  entity: Entity | null;
  /** For a source the article does not name: its description ("a senior official"). */
  unnamed: string | null;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const key = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\./g, '').replace(/^the\s+/, '');

export class Resolver {
  private readonly byForm = new Map<string, Entity>();
  private readonly bySurname = new Map<string, Entity>();
  private readonly byFirstName = new Map<string, Entity>();
  private readonly lede: Set<number>;
  private lowerWords: ReadonlySet<string> | null = null;

  constructor(
    private readonly doc: Doc,
    readonly entities: Entity[],
    readonly mentions: Mention[],
  ) {
    for (const e of entities) this.index(e);
    // The lede: the first two substantial paragraphs, where a description may name its speaker later.
    this.lede = new Set(
      doc.blocks
        .map((b, i) => ({ b, i }))
        .filter(({ b }) => b.kind === 'paragraph' && b.end - b.start > 120)
        .slice(0, 2)
        .map(({ i }) => i),
    );
  }

  private index(e: Entity): void {
    for (const f of e.forms) if (!this.byForm.has(key(f))) this.byForm.set(key(f), e);
    if (e.type !== 'person') return;
    for (const f of e.forms) {
      const ws = words(f);
      const last = ws.at(-1)?.toLowerCase();
      if (last && !this.bySurname.has(last)) this.bySurname.set(last, e);
    }
    const ws = words(e.name);
    if (ws.length > 1 && !this.byFirstName.has(ws[0]!.toLowerCase())) this.byFirstName.set(ws[0]!.toLowerCase(), e);
  }

  /** The actor a written name refers to ("Peskov", "Mr. Peskov", "Dmitry Peskov"). */
  lookupName(name: string): Entity | null {
    const hit = this.byForm.get(key(name));
    if (hit) return hit;
    const ws = words(name);
    const last = ws.at(-1)?.toLowerCase();
    if (!last) return null;
    return this.bySurname.get(last) ?? (ws.length === 1 ? (this.byFirstName.get(last) ?? null) : null);
  }

  /**
   * A speaker named only where it speaks ("said Jane Doe" with no other mention) becomes an
   * actor, typed by its words; a lone common word ("Protesters said") is no name: null.
   */
  addSpeaker(ref: SpeakerRef): Entity | null {
    const name = ref.name ?? ref.text;
    const type = typeFromWords(name);
    const bare = stripPossessive(name);
    if (!type && !/\s/.test(name) && (isCommonWord(bare) || this.writtenLowerCase().has(bare.toLowerCase()))) return null;
    return this.addActor(name, type ?? 'person', ref.start, ref.role ? [ref.role] : []);
  }

  /** Words the article writes in lower case somewhere (the tagger's own reading), built on first need. */
  private writtenLowerCase(): ReadonlySet<string> {
    this.lowerWords ??= documentContext(this.doc.sentences.map((s) => s.tokens)).lowerForms;
    return this.lowerWords;
  }

  /**
   * A description that is itself a name: a known actor's form, or a body named by its country
   * ("the French foreign ministry"), one actor however often it speaks.
   */
  private namedBody(ref: SpeakerRef): Entity | null {
    const known = this.byForm.get(key(ref.text));
    if (known) return known;
    const institution = institutionName(ref.text);
    return institution ? this.addActor(institution, 'organization', ref.start, []) : null;
  }

  private addActor(name: string, type: Entity['type'], start: number, roles: string[]): Entity {
    const known = this.byForm.get(key(name));
    if (known) return known;
    const e: Entity = { id: this.entities.length + 1000, type, name, forms: new Set([name]), mentions: [{ start, end: start + name.length }], roles, gender: null, first: start };
    this.entities.push(e);
    this.index(e);
    return e;
  }

  /** What a speaker phrase stands for. Names not known as actors yield entity null and no description. */
  resolve(ref: SpeakerRef, block: number): Referent {
    switch (ref.kind) {
      case 'name':
        return { entity: this.lookupName(ref.name ?? ref.text), unnamed: null };
      case 'pronoun':
        return { entity: this.pronoun(ref.text, ref.start), unnamed: null };
      case 'description': {
        const named = this.namedBody(ref);
        if (named) return { entity: named, unnamed: null };
        if (isAgeDescription(ref.text)) {
          const person = this.ageDescription(ref.start);
          return person ? { entity: person, unnamed: null } : { entity: null, unnamed: ref.text };
        }
        const ahead = this.proseAhead(block, 3);
        let e = resolveDescription(ref.text, ref.start, this.entities, this.mentions, ahead);
        if (!e && this.lede.has(block)) e = this.ledeCataphora(ref.start, ahead);
        // Last resort for "the Republican nominee": the person the article is about.
        if (!e && isPersonDescription(ref.text)) e = mostSalientPerson(ref.start, this.mentions, ref.text);
        if (!e && this.doc.lang.code !== 'en') e = lastPersonFor(ref.text, ref.start, this.doc, this.mentions, (p) => this.mentionIndexAt(p));
        e ??= this.bodyOrAuthor(ref.text, ref.start);
        return e ? { entity: e, unnamed: null } : { entity: null, unnamed: ref.text };
      }
      default: {
        const named = this.namedBody(ref);
        return named ? { entity: named, unnamed: null } : { entity: null, unnamed: ref.text };
      }
    }
  }

  /**
   * "the company said" → the organization named last before it; "the statement said" → the
   * organization (else the person) named last before it, who issued it.
   */
  private bodyOrAuthor(desc: string, pos: number, depth = 0): Entity | null {
    const ws = desc.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/);
    if (!/^(the|this|that|its|their)$/.test(ws[0] ?? '') || ws.length > 4) return null;
    const head = ws.at(-1)!;
    const doc = DOCUMENT_HEADS.has(head);
    if (!doc && !ORG_HEADS.has(head)) return null;
    if (doc) {
      const issuer = this.issuer(head, pos, depth);
      if (issuer) return issuer;
    }
    let person: Entity | null = null;
    for (let k = this.mentionIndexAt(pos) - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.start < pos - DESCRIPTION_REACH) break;
      if (this.doc.inQuote(m.start) || this.modifierUse(m)) continue;
      if (m.entity.type === 'organization') return m.entity;
      if (doc && m.entity.type === 'person') person ??= m.entity;
    }
    return person;
  }

  /**
   * Who issued the document a description at `pos` refers to: the named subject of the
   * sentence that introduced it ("X issued a statement"), else that sentence's own
   * description ("The company denied it in a statement"), resolved where it stands.
   */
  private issuer(head: string, pos: number, depth: number): Entity | null {
    const site = documentIntroduction(this.doc, head, pos, Math.max(0, spanAt(this.doc.sentences, pos).index));
    if (!site) return null;
    const sent = this.doc.sentences[site.sentence]!;
    let after: Entity | null = null;
    for (let k = this.mentionIndexAt(sent.start); k < this.mentions.length; k++) {
      const m = this.mentions[k]!;
      if (m.start >= sent.end) break;
      if (this.doc.inQuote(m.start) || this.modifierUse(m) || m.entity.type === 'place') continue;
      if (m.start < site.nounStart) return m.entity;
      after ??= m.entity;
    }
    if (after) return after;
    const lead = sent.tokens.slice(0, 4).map((t) => t.lower);
    if (depth === 0 && lead[0] === 'the') {
      const end = lead.findIndex((w, i) => i > 0 && ORG_HEADS.has(w));
      if (end > 0) return this.bodyOrAuthor(lead.slice(0, end + 1).join(' '), sent.start, depth + 1);
    }
    return null;
  }

  /** "a Netflix documentary": a name used as a modifier is not what a later description stands for. */
  private modifierUse(m: Mention): boolean {
    const text = this.doc.text;
    return /\b[Aa]n?\s+$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3));
  }

  /** The end of the `n`-th paragraph of running text after `block` (captions between do not count). */
  private proseAhead(block: number, n: number): number {
    const { blocks, proseIndex } = this.doc;
    let b = block;
    while (b + 1 < blocks.length && proseIndex[b + 1]! - proseIndex[block]! <= n) b++;
    return blocks[b]!.end;
  }

  /** First mention at or after `pos` (binary search over mentions in text order). */
  mentionIndexAt(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * he/she/it → the most salient compatible actor before the pronoun: sentence by sentence
   * backwards (at most six), the leftmost (subject-like) mention of a sentence first.
   */
  pronoun(pronoun: string, pos: number, maxSentences = 6): Entity | null {
    return this.subjectBefore(pos, (e) => compatible(e, pronoun, this.doc.lang), maxSentences);
  }

  /**
   * The subject-like actor before `pos` that `accept` allows: sentence by sentence backwards, in
   * each the leftmost mention of its main clause, then of a fronted subordinate clause ("After X
   * won, it was Y who…": Y is what the next sentence is about), then a possessive ("X's win").
   */
  private subjectBefore(pos: number, accept: (e: Entity) => boolean, maxSentences: number): Entity | null {
    const { sentences } = this.doc;
    const si = Math.max(0, spanAt(sentences, pos).index);
    for (let s = si; s >= 0 && si - s <= maxSentences; s--) {
      const sent = sentences[s]!;
      const limit = s === si ? pos : sent.end;
      const mainStart = fronted(sent.tokens, limit);
      let subordinate: Mention | null = null;
      let fallback: Mention | null = null;
      for (let k = this.mentionIndexAt(sent.start); k < this.mentions.length; k++) {
        const m = this.mentions[k]!;
        if (m.start >= limit) break;
        if (this.doc.inQuote(m.start) || !accept(m.entity)) continue;
        if (hasPossessive(this.doc.text.slice(m.start, m.end + 2)) || this.ofComplement(m)) {
          fallback ??= m;
          continue;
        }
        if (m.start < mainStart) {
          subordinate ??= m;
          continue;
        }
        return m.entity;
      }
      const hit = subordinate ?? fallback;
      if (hit) return hit.entity;
    }
    return null;
  }

  /**
   * "le colistier de Trump", "der Sprecher von Merz": a name after "of" qualifies the noun before
   * it, as an English possessive does; in English the possessive is written instead.
   */
  private ofComplement(m: Mention): boolean {
    if (this.doc.lang.code === 'en') return false;
    return /(?:^|[\s(])(?:de|du|des|d['’]|von|vom|del|da|do|dos)\s*$/i.test(this.doc.text.slice(Math.max(0, m.start - 6), m.start));
  }

  /** "said the 36-year-old": the person the sentences before are about, as "he" or "she" would be. */
  private ageDescription(pos: number): Entity | null {
    return this.subjectBefore(pos, (e) => e.type === 'person', 6);
  }

  /** A lede's "the spokesman said" names its speaker in the next paragraphs: the first person who speaks there. */
  private ledeCataphora(pos: number, limit: number): Entity | null {
    for (let k = this.mentionIndexAt(pos + 1); k < this.mentions.length; k++) {
      const m = this.mentions[k]!;
      if (m.start > limit) break;
      if (m.entity.type !== 'person') continue;
      const si = spanAt(this.doc.sentences, m.start);
      if (!si.inside) continue;
      const toks = this.doc.sentences[si.index]!.tokens;
      const i = toks.findIndex((t) => t.start >= m.end);
      if (i < 0) continue;
      const next = toks[i];
      const next2 = toks[i + 1];
      if ((next && isSpeechVerb(next)) || (next2 && isSpeechVerb(next2))) return m.entity;
    }
    return null;
  }
}

/** Words that open a fronted subordinate clause: its mentions are not the sentence's subject. */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'whilst', 'although', 'though', 'as', 'since', 'if', 'because', 'once', 'until', 'whereas', 'despite', 'unlike', 'like']);

/**
 * Where the main clause of a sentence starts when it opens with a subordinate clause ("After
 * X won on Monday, …"): after that clause's comma, if one comes before `limit`; else the sentence start.
 */
function fronted(tokens: readonly Token[], limit: number): number {
  const words = tokens.filter((t) => t.word).slice(0, 2);
  const first = words[0]?.lower === 'and' || words[0]?.lower === 'but' ? words[1] : words[0];
  if (!first || !SUBORDINATORS.has(first.lower)) return 0;
  const comma = tokens.find((t) => t.text === ',' && t.start < limit);
  return comma ? comma.end : 0;
}

/** "the 36-year-old": a definite description that is only an age. */
export function isAgeDescription(desc: string): boolean {
  return /^the\s+\d{1,3}-year-old$/i.test(desc.trim());
}

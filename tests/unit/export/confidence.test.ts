import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { importJson } from '../../../src/export/import';
import { articleMarkdown } from '../../../src/export/markdown';
import { toAnnotationCollection } from '../../../src/export/web-annotation';
import { ANNO_CONTEXT, QL_VOCAB } from '../../../src/export/web-annotation-types';
import { ANNOTATIONS, ARTICLE } from '../../fixtures/storage/records';
import { W3C_ANNO_CONTEXT } from '../../fixtures/w3c-anno-context';

const IDS = { id: 'urn:uuid:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', pageId: 'urn:uuid:bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', generatedAt: 0 };
const XSD_DOUBLE = 'http://www.w3.org/2001/XMLSchema#double';
const AS_ITEMS = 'http://www.w3.org/ns/activitystreams#items';
const AS_FIRST = 'http://www.w3.org/ns/activitystreams#first';

/** Serves the W3C context from the fixture and refuses any other URL: the test never goes online. */
async function offlineLoader(url: string) {
  if (url !== ANNO_CONTEXT) throw new Error(`unexpected context ${url}`);
  return { contextUrl: null, documentUrl: url, document: W3C_ANNO_CONTEXT };
}

type Node = Record<string, unknown>;
const only = (v: unknown) => (v as Node[])[0]!;

describe('speaker confidence in the Web Annotation JSON', () => {
  const collection = JSON.parse(JSON.stringify(toAnnotationCollection([ARTICLE], ANNOTATIONS, IDS)));

  it('is a term of the export’s own context, so JSON-LD expansion keeps it (and the quotelight extension)', async () => {
    const [expanded] = await jsonld.expand(collection, { documentLoader: offlineLoader });
    const page = only(expanded![AS_FIRST]);
    const items = (only(page[AS_ITEMS]) as Node)['@list'] as Node[];
    const byId = (uuid: string) => items.find((i) => i['@id'] === `urn:uuid:${uuid}`)!;
    expect(byId('11111111-1111-4111-8111-111111111111')[`${QL_VOCAB}speakerConfidence`]).toEqual([{ '@value': 0.92, '@type': XSD_DOUBLE }]);
    expect(byId('33333333-3333-4333-8333-333333333333')[`${QL_VOCAB}speakerConfidence`]).toEqual([{ '@value': 0.41, '@type': XSD_DOUBLE }]);
    // Only quotes carry one.
    expect(byId('55555555-5555-4555-8555-555555555555')).not.toHaveProperty(`${QL_VOCAB}speakerConfidence`);
    // The extension survives as a JSON literal, the collection's articles too.
    expect(only(byId('33333333-3333-4333-8333-333333333333')[`${QL_VOCAB}extension`])).toMatchObject({ '@type': '@json', '@value': { kind: 'quote', speakerCorrection: 'Bob Critic' } });
    expect(only(expanded![`${QL_VOCAB}extension`])).toMatchObject({ '@type': '@json', '@value': { version: 1, articles: [{ id: ARTICLE.id }] } });
  });

  it('reads back on import: the round trip keeps each quote’s probability', () => {
    const back = importJson(JSON.stringify(collection));
    const quotes = (rows: typeof ANNOTATIONS) => rows.filter((a) => a.kind === 'quote').map((a) => [a.id, a.speakerConfidence]);
    expect(quotes(back.annotations)).toEqual(quotes(ANNOTATIONS));
    expect(quotes(back.annotations)).toContainEqual(['11111111-1111-4111-8111-111111111111', 0.92]);
  });

  it('refuses a probability outside 0..1, and reads a file without one as not recorded', () => {
    const bad = JSON.parse(JSON.stringify(collection));
    bad.first.items[0].speakerConfidence = 1.5;
    expect(() => importJson(JSON.stringify(bad))).toThrow('items[0].speakerConfidence: expected a number from 0 to 1');
    delete bad.first.items[0].speakerConfidence;
    expect(importJson(JSON.stringify(bad)).annotations[0]!.speakerConfidence).toBeNull();
  });
});

describe('speaker confidence in Markdown', () => {
  it('Markdown says briefly when a speaker is to check, never for a corrected one', () => {
    const unsure = { ...ANNOTATIONS[0]!, speakerConfidence: 0.45 };
    expect(articleMarkdown(ARTICLE, [unsure])).toContain('*(speaker unsure — check; 45% sure)*');
    expect(articleMarkdown(ARTICLE, [ANNOTATIONS[0]!])).not.toContain('unsure');
    expect(articleMarkdown(ARTICLE, [ANNOTATIONS[2]!])).not.toContain('unsure');
  });
});

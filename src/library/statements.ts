// "Everything X said" groups the same statement across articles: each quote joins the first earlier
// one it matches (same words or worded differently, src/quotes-across/), so a statement reported by
// five outlets is listed once, with where it appeared and how each wording differs from the first.
import { type Comparison, compareQuotes, QuoteMatchIndex, quoteWords } from '../quotes-across';
import { NOBODY } from '../shared/speaker-value';
import type { AnnotationHit } from '../storage/library';

export interface StatementVersion {
  hit: AnnotationHit;
  /** How this version differs from the statement's first; null for the first itself. */
  comparison: Comparison | null;
}

export interface Statement {
  first: AnnotationHit;
  versions: StatementVersion[];
}

/** Statements in the order their first quote comes in `hits`. */
export function groupStatements(hits: readonly AnnotationHit[]): Statement[] {
  const index = new QuoteMatchIndex();
  const statements: Statement[] = [];
  const statementOf = new Map<string, Statement>();
  for (const hit of hits) {
    const { annotation: a } = hit;
    const match = index.lookup(a.text, null).find((m) => statementOf.has(m.quote.id));
    const statement = match ? statementOf.get(match.quote.id)! : null;
    if (statement) {
      statement.versions.push({ hit, comparison: compareQuotes(quoteWords(statement.first.annotation.text), quoteWords(a.text)) });
    } else {
      const fresh: Statement = { first: hit, versions: [{ hit, comparison: null }] };
      statements.push(fresh);
    }
    statementOf.set(a.id, statement ?? statements[statements.length - 1]!);
    index.put({ id: a.id, articleId: hit.article.id, text: a.text, speaker: NOBODY });
  }
  return statements;
}

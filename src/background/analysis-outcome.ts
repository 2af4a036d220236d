// An article's analysis as it leaves for the background: cut to the per-page limits and packed
// for the wire. The worker's job and the in-process fallback both make it here.
import { analyze, prepareAnalysis } from '../analysis/analyze';
import type { ArticleText } from '../analysis/types';
import { packAnalysis, type WireOutcome } from '../shared/analysis-wire';
import { capAnalysis } from './analysis-limits';

export async function analysisOutcome(article: ArticleText): Promise<WireOutcome> {
  await prepareAnalysis(article, { lang: article.lang });
  const { analysis, stopped } = capAnalysis(analyze(article, { lang: article.lang }));
  return { analysis: packAnalysis(analysis, article.text), stopped };
}

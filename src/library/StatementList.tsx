import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import { storedCertainty } from '../shared/speakers';
import { WordDiff } from '../ui/QuoteElsewhere';
import { CertaintyMark } from '../ui/SpeakerCertainty';
import { ExternalLink } from './ExternalLink';
import type { Statement, StatementVersion } from './statements';
import { formatDate } from './view-model';
import { siteLabel } from '../shared/site-label';

interface Props {
  statements: readonly Statement[];
  onOpen: (article: ArticleRecord, at?: AnnotationRecord) => void;
}

/** One entry per statement: its words once, then every article that quoted it and how each wording differs. */
export function StatementList({ statements, onOpen }: Props) {
  // An article's "Open article" link is given once, at its first quote on the page.
  const linked = new Set<string>();
  return (
    <ol class="statements hits">
      {statements.map((s) => {
        const articles = new Set(s.versions.map((v) => v.hit.article.id)).size;
        return (
          <li key={s.first.annotation.id} class="statement" data-testid="statement">
            <button type="button" class="link hit-text" title="Open the article at this passage" onClick={() => onOpen(s.first.article, s.first.annotation)}>
              “{s.first.annotation.text}”
            </button>
            {articles > 1 && <p class="meta statement-count">Quoted in {articles} articles</p>}
            <ul class="statement-versions">
              {s.versions.map((v) => (
                <Version key={v.hit.annotation.id} version={v} onOpen={onOpen} link={!linked.has(v.hit.article.id) && !!linked.add(v.hit.article.id)} />
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

function Version({ version: { hit, comparison }, onOpen, link }: { version: StatementVersion; onOpen: Props['onOpen']; link: boolean }) {
  const { article, annotation } = hit;
  const certainty = storedCertainty(annotation);
  return (
    <li data-testid="hit" data-id={annotation.id} class="hit kind-quote">
      <button type="button" class="link open-detail" onClick={() => onOpen(article, annotation)}>
        {article.title}
      </button>
      <span class="meta">
        {' '}
        · <span class="site">{siteLabel(article.site, article.id)}</span>
        {article.published && <span> · {formatDate(article.published)}</span>}
        {link && (
          <>
            {' · '}
            <ExternalLink url={article.id} label={`“${article.title}”, in a new tab`}>
              Open article ↗
            </ExternalLink>
          </>
        )}
      </span>
      {certainty && (
        <>
          {' '}
          <CertaintyMark certainty={certainty} />
        </>
      )}
      {comparison?.kind === 'same' && <span class="elsewhere-kind"> · same words{comparison.trimmed ? ' (a part)' : ''}</span>}
      {comparison?.kind === 'reworded' && (
        <p class="elsewhere-diff">
          worded differently: <WordDiff diff={comparison.diff} />
        </p>
      )}
      {/* Joined through another version, not like the first: its own words. */}
      {comparison?.kind === 'different' && <p class="elsewhere-diff">“{annotation.text}”</p>}
    </li>
  );
}

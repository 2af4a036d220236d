import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import { storedCertainty } from '../shared/speakers';
import { WordDiff } from '../ui/QuoteElsewhere';
import { CertaintyMark } from '../ui/SpeakerCertainty';
import { ExternalLink } from './ExternalLink';
import type { Statement, StatementVersion } from './statements';
import { formatDate } from './view-model';
import { siteLabel } from '../shared/site-label';
import { t, tn } from '../shared/i18n';

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
            <button type="button" class="link hit-text" title={t('openAtPassage')} onClick={() => onOpen(s.first.article, s.first.annotation)}>
              {t('quoted', s.first.annotation.text)}
            </button>
            {articles > 1 && <p class="meta statement-count">{t('library_quotedIn', tn('count_articles', articles))}</p>}
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
            <ExternalLink url={article.id} label={t('inNewTab', t('quoted', article.title))}>
              {t('openArticle')}
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
      {comparison?.kind === 'same' && <span class="elsewhere-kind"> · {t('elsewhere_sameWords')}{comparison.trimmed ? t('elsewhere_aPart') : ''}</span>}
      {comparison?.kind === 'reworded' && (
        <p class="elsewhere-diff">
          {t('elsewhere_rewordedDiff')}
          <WordDiff diff={comparison.diff} />
        </p>
      )}
      {/* Joined through another version, not like the first: its own words. */}
      {comparison?.kind === 'different' && <p class="elsewhere-diff">{t('quoted', annotation.text)}</p>}
    </li>
  );
}

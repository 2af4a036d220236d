import type { Facet, Facets, LibraryFilters } from './view-model';
import { formatNumber, type MessageKey, t } from '../shared/i18n';

type Key = 'site' | 'speaker' | 'tag';

interface Props {
  filters: LibraryFilters;
  facets: Facets;
  onChange: (next: LibraryFilters) => void;
}

const LABEL: Record<Key, MessageKey> = { site: 'library_site', speaker: 'library_speaker', tag: 'library_tag' };
const FACET: Record<Key, 'sites' | 'speakers' | 'tags'> = { site: 'sites', speaker: 'speakers', tag: 'tags' };
const ANY: Record<Key, MessageKey> = { site: 'library_allSites', speaker: 'library_anySpeaker', tag: 'library_anyTag' };

/** Site, speaker and tag filters built from the data, and "speakers to check"; the active ones as removable chips. */
export function Filters({ filters, facets, onChange }: Props) {
  const keys: Key[] = ['site', 'speaker', 'tag'];
  const active = keys.filter((k) => filters[k] !== '');
  return (
    <div class="filters">
      {keys.map((k) => (
        <FacetSelect key={k} name={k} value={filters[k]} facets={facets[FACET[k]]} onChange={(v) => onChange({ ...filters, [k]: v })} />
      ))}
      {(facets.toCheck > 0 || filters.check) && (
        <label class="facet check-filter" data-testid="speakers-to-check">
          <input type="checkbox" checked={filters.check} onChange={(e) => onChange({ ...filters, check: e.currentTarget.checked })} /> {t('library_speakersToCheckCount', facets.toCheck)}
        </label>
      )}
      {(active.length > 0 || filters.check) && (
        <ul class="chips" aria-label={t('library_activeFilters')}>
          {active.map((k) => (
            <li key={k}>
              <button type="button" class="chip" aria-label={t('library_removeFilter', t(LABEL[k]), filters[k])} onClick={() => onChange({ ...filters, [k]: '' })}>
                {t('labelColon', t(LABEL[k]))} {k === 'tag' ? `#${filters[k]}` : filters[k]} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          {filters.check && (
            <li>
              <button type="button" class="chip" aria-label={t('library_removeCheckFilter')} onClick={() => onChange({ ...filters, check: false })}>
                {t('library_speakersToCheck')} <span aria-hidden="true">×</span>
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

function FacetSelect({ name, value, facets, onChange }: { name: Key; value: string; facets: Facet[]; onChange: (v: string) => void }) {
  const known = value === '' || facets.some((f) => f.value.toLowerCase() === value.toLowerCase());
  const id = `filter-${name}`;
  return (
    <span class="facet">
      <label for={id}>{t(LABEL[name])}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t(ANY[name])}</option>
        {!known && <option value={value}>{value}</option>}
        {facets.map((f) => (
          <option key={f.value} value={f.value}>
            {name === 'tag' ? `#${f.value}` : f.value} ({formatNumber(f.count)})
          </option>
        ))}
      </select>
    </span>
  );
}

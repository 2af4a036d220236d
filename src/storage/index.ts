export { QuotelightDB } from './db';
export { StorageFullError, isQuotaError } from './errors';
export {
  type AnnotationHit,
  type AnnotationPatch,
  type ArticleWithAnnotations,
  DEFAULT_SETTINGS,
  getLibrary,
  Library,
  type LibraryData,
  type ListArticlesOptions,
  type NewHighlight,
  type PageInput,
} from './library';
export { normalizeUrl } from './url';

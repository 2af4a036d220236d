export { annotationsCsv, CSV_COLUMNS } from './csv';
export {
  articleMarkdownFile,
  csvFile,
  type ExportFile,
  type ExportFormatName,
  exportFile,
  libraryMarkdownFile,
  safeFilename,
  webAnnotationFile,
} from './files';
export { importJson } from './import';
export { articleMarkdown, libraryMarkdown } from './markdown';
export { textFragmentUrl } from './text-fragment';
export { ValidationError } from './validate';
export { toAnnotationCollection } from './web-annotation';
export type { WebAnnotation, WebAnnotationCollection } from './web-annotation-types';

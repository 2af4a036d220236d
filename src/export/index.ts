export { annotationsCsv, CSV_COLUMNS } from './csv';
export { type ExportFile, type ExportFormatName, type ExportParts, ExportWriter, exportFile, safeFilename } from './files';
export { importJson } from './import';
export { articleMarkdown, libraryMarkdown } from './markdown';
export { textFragmentUrl } from './text-fragment';
export { ValidationError } from './validate';
export { toAnnotationCollection } from './web-annotation';
export type { WebAnnotation, WebAnnotationCollection } from './web-annotation-types';

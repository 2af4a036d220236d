// The CLI's stand-in for the browser's Document: one place that turns saved HTML into a DOM,
// shared by the CLI, the extraction eval and the parity test.
import { parseHTML } from 'linkedom';

export function htmlDocument(html: string): Document {
  // linkedom's DOM types differ from lib.dom's only nominally.
  return parseHTML(html).document as unknown as Document;
}

// The part of jsonld.js (no types of its own) the export tests use.
declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  const jsonld: {
    expand(input: unknown, options?: { documentLoader?: (url: string) => Promise<RemoteDocument> }): Promise<Record<string, unknown>[]>;
  };
  export default jsonld;
}

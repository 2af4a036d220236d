// The page's one status line (role=alert): what an action did or the one-line reason it failed.
export interface Status {
  kind: 'ok' | 'error';
  text: string;
}

export type ShowStatus = (s: Status | null) => void;

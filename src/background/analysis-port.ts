// The port between Chrome's service worker and the offscreen document that hosts the analysis workers.
import type { ArticleText } from '../analysis/types';
import type { PageSnapshot } from '../extraction/page-snapshot';
import type { SnapshotExtraction } from '../extraction/snapshot-extraction';
import type { WireOutcome } from '../shared/analysis-wire';

export const ANALYSIS_PORT = 'quotelight-analysis';
export const OFFSCREEN_PATH = 'src/offscreen/index.html';

export type PortRequest = { id: number; key: string; article: ArticleText } | { id: number; key: string; snapshot: PageSnapshot };
export type PortReply = { id: number; outcome?: WireOutcome; extracted?: SnapshotExtraction; error?: string; cancelled?: boolean };

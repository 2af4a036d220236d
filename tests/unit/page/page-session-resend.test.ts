// @vitest-environment happy-dom
// The background asks a page to send its article again (it restarted, or a write came before the
// article): a read already on its way answers that, instead of being cancelled by a new one.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { eventually } from '../support/wait';

const sent: string[] = [];
let answer: (msg: { type: string }) => unknown = () => ({});
vi.mock('../../../src/shared/messaging', () => ({
  sendToBackground: async (msg: { type: string }) => {
    sent.push(msg.type);
    return answer(msg);
  },
}));

const { PageSession } = await import('../../../src/page/page-session');
const { extractSnapshot } = await import('../../../src/extraction/snapshot-extraction');

const LONG = 'The council met for six hours and heard from residents, engineers and the harbour master about the repairs. ';
const PAGE = `<!doctype html><html lang="en"><head><title>Harbour bridge to reopen in spring</title></head><body>
<main><article><h1>Harbour bridge to reopen in spring</h1>
<p>The harbour bridge will reopen in spring, the council leader said on Tuesday. ${LONG}</p>
<p>“We have crews on standby,” she said. ${LONG}</p>
<p>Traffic will be diverted through the old town until the work is done. ${LONG}${LONG}</p>
</article></main></body></html>`;
const READY = { analysis: { quotes: [], actors: [] }, stopped: null, marks: [], settings: { showQuotes: true, showActors: true, showHighlights: true } };

/** The background's answers; page/extract waits until the test lets it go. */
function background() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => {
    release = r;
  });
  answer = async (msg) => {
    if (msg.type === 'page/hello') return { enabled: true, highlightPrefix: 'qltest' };
    if (msg.type === 'page/extract') {
      await gate;
      const m = msg as { type: string; html: string; force: boolean };
      return extractSnapshot({ html: m.html, url: location.href, force: m.force });
    }
    if (msg.type === 'page/analyze') return READY;
    return { ok: true };
  };
  return { release };
}

beforeEach(() => {
  document.open();
  document.write(PAGE);
  document.close();
});

afterEach(() => {
  sent.length = 0;
});

it('waits for the read in flight instead of starting another', async () => {
  const { release } = background();
  const session = new PageSession(document, 'chrome-extension://quotelight-test/src/frame/index.html');
  const started = session.start();
  await eventually(() => expect(sent).toContain('page/extract'));
  const resent = session.handle({ type: 'page/resend-report' });
  release();
  await started;
  expect(await resent).toEqual({ ok: true });
  expect(sent.filter((t) => t === 'page/extract')).toHaveLength(1);
  expect(sent.filter((t) => t === 'page/analyze')).toHaveLength(1);
});

it('reads again when nothing is in flight (the background restarted after the page was read)', async () => {
  background().release();
  const session = new PageSession(document, 'chrome-extension://quotelight-test/src/frame/index.html');
  await session.start();
  expect(await session.handle({ type: 'page/resend-report' })).toEqual({ ok: true });
  // Its analysis was cleared, so the same text is sent to be analysed again.
  expect(sent.filter((t) => t === 'page/analyze')).toHaveLength(2);
});

import browser from 'webextension-polyfill';

/** The tab the popup is about: `?tab=ID` when opened as a page (tests, library), else the active tab. */
export async function currentTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

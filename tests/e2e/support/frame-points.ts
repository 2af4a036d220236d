// Where things are in the extension's frame on a page, in the page's viewport coordinates, found as a
// page script could find them (the frame's box by elementFromPoint); for real clicks into the frame.
import { expect } from 'vitest';
import { artifactPath } from './artifacts';
import type { TestPage } from './browsers';
import { over, parseColour, readPng, shareUnlike } from './pixels';
import { FRAME_PATH } from './reader-actions';
import { until } from './wait';

/**
 * The viewport box of the extension's frame, found as a page finds it: `elementFromPoint` answers the
 * overlay's host for every point over the frame (the closed shadow root hides what is inside).
 */
export const frameBox = (page: TestPage) =>
  page.evaluate(() => {
    const isHost = (x: number, y: number) => document.elementFromPoint(x, y)?.tagName === 'QUOTELIGHT-OVERLAY';
    let inside: { x: number; y: number } | null = null;
    for (let y = 4; y < innerHeight && !inside; y += 12) for (let x = 4; x < innerWidth && !inside; x += 12) if (isHost(x, y)) inside = { x, y };
    if (!inside) return null;
    const { y } = inside;
    let left = inside.x;
    let right = inside.x;
    while (left > 0 && isHost(left - 1, y)) left--;
    while (right < innerWidth - 1 && isHost(right + 1, y)) right++;
    // Edges measured through the middle, away from the rounded corners.
    const x = Math.round((left + right) / 2);
    let top = y;
    let bottom = y;
    while (top > 0 && isHost(x, top - 1)) top--;
    while (bottom < innerHeight - 1 && isHost(x, bottom + 1)) bottom++;
    return { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
  }, null);

type Box = { x: number; y: number; width: number; height: number };

const sameBox = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * The viewport box of `selector` in the extension's frame (for real clicks and screenshots), once the
 * frame is laid out: it opens at height 0, is sized to its content and then placed, so a box read
 * too early is off the frame and a click there lands on the page. Waits until two reads agree.
 */
export async function boxInFrame(page: TestPage, selector: string): Promise<Box> {
  const read = async (): Promise<Box | null> => {
    const box = await frameBox(page);
    const inner = await page.inFrame(
      FRAME_PATH,
      (sel) => {
        const r = document.querySelector(sel)?.getBoundingClientRect();
        return r && r.width > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
      },
      selector,
    );
    if (!box || !inner) return null;
    return { x: Math.floor(box.x + inner.x), y: Math.floor(box.y + inner.y), width: Math.ceil(inner.width), height: Math.ceil(inner.height) };
  };
  let last: Box | null = null;
  const settled = await until(
    async () => {
      const now = await read();
      const stable = now !== null && last !== null && sameBox(now, last);
      last = now;
      return stable ? now : null;
    },
    (b) => b !== null,
  );
  if (!settled) throw new Error(`no ${selector} in the frame`);
  return settled;
}

/** The centre of `selector` in the extension's frame, in the page's viewport coordinates. */
export async function pointInFrame(page: TestPage, selector: string): Promise<{ x: number; y: number }> {
  const b = await boxInFrame(page, selector);
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** An attribute of `selector` in the frame (null when absent). */
export const attrInFrame = (page: TestPage, selector: string, name: string) =>
  page.inFrame(FRAME_PATH, ([sel, n]) => document.querySelector(sel)?.getAttribute(n) ?? null, [selector, name] as const);

/** The frame's Delete button, and the confirm it brings. */
export const DELETE = '.confirm-wrap > button.danger';
export const CONFIRM = 'button.confirm-yes';

/** The frame's danger red (theme.css), and as the unarmed confirm shows it (opacity 0.55 over white). */
export const DANGER = parseColour('#b91c1c').rgb;
export const FADED_DANGER = over('rgba(185, 28, 28, 0.55)', [255, 255, 255]);

/**
 * Waits until the screen shows the frame's danger button `selector` (its red text, faded or not):
 * a frame just opened or grown is in the DOM before it is composited, and a real click there
 * meanwhile goes to the page beneath.
 */
export async function untilShown(page: TestPage, name: string, selector: string): Promise<void> {
  const path = artifactPath(name, 'frame-button-shown.png');
  const ink = async () => {
    await page.screenshot(path, await boxInFrame(page, selector));
    const img = readPng(path);
    return 1 - shareUnlike(img, DANGER, 30) + (1 - shareUnlike(img, FADED_DANGER, 20));
  };
  expect(await until(ink, (share) => share > 0.01)).toBeGreaterThan(0.01);
}


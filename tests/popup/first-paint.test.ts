import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  appHasRendered,
  FIRST_PAINT_ID,
  recordFirstPaint,
  removeFirstPaint,
  whenFirstPaintDone,
} from '../../lib/popup/first-paint';
import { FIRST_PAINT_MARK } from '../../lib/shared/marks';

// The hand-over between the script that paints the first screen and the popup's app.
describe('the first paint and the popup app that waits for it', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).liseuseFirstPaint;
    vi.restoreAllMocks();
    vi.useRealTimers();
    performance.clearMarks();
    document.body.replaceChildren();
  });

  it('lets the app load at once where nothing paints first (no bootstrap, or a failure to explain)', async () => {
    await expect(whenFirstPaintDone()).resolves.toBeUndefined();
    const frame = vi.spyOn(globalThis, 'requestAnimationFrame');
    recordFirstPaint(Promise.resolve(false));
    await whenFirstPaintDone();
    expect(frame).not.toHaveBeenCalled();
  });

  it('lets the app load once the frame holding the first screen is painted, and marks it', async () => {
    // 50 ms after the popup document started: the reading came in time.
    vi.spyOn(performance, 'now').mockReturnValue(50);
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    let done = false;
    recordFirstPaint(Promise.resolve(true));
    const waiting = whenFirstPaintDone().then(() => (done = true));
    await vi.waitFor(() => expect(frames).toHaveLength(1));
    expect(done).toBe(false);
    frames[0]!(performance.now());
    await waiting;
    expect(performance.getEntriesByName(FIRST_PAINT_MARK)).toHaveLength(1);
  });

  it('does not wait for a slow reading: the app loads 150 ms after the document started', async () => {
    vi.useFakeTimers();
    vi.spyOn(performance, 'now').mockReturnValue(40);
    let done = false;
    recordFirstPaint(new Promise<boolean>(() => {}));
    void whenFirstPaintDone().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(done).toBe(true);
  });

  it('once the first screen is painted in time, waits for its frame even past that moment', async () => {
    vi.useFakeTimers();
    vi.spyOn(performance, 'now').mockReturnValue(140);
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    let done = false;
    recordFirstPaint(Promise.resolve(true));
    void whenFirstPaintDone().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(done).toBe(false);
    frames[0]!(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('never keeps the app from loading: a frame that never comes, or a paint that threw', async () => {
    vi.useFakeTimers();
    vi.spyOn(performance, 'now').mockReturnValue(50);
    vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 0);
    recordFirstPaint(Promise.resolve(true));
    const waiting = whenFirstPaintDone();
    await vi.advanceTimersByTimeAsync(300);
    await expect(waiting).resolves.toBeUndefined();

    recordFirstPaint(Promise.reject(new Error('render failed')));
    await expect(whenFirstPaintDone()).resolves.toBeUndefined();
  });

  it("takes the first screen's view away when the app's view comes", () => {
    const view = document.createElement('div');
    view.id = FIRST_PAINT_ID;
    document.body.append(view, Object.assign(document.createElement('div'), { id: 'app' }));
    expect(appHasRendered()).toBe(false);
    removeFirstPaint();
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
    expect(document.getElementById('app')).not.toBeNull();
    removeFirstPaint();
  });

  it('paints no first screen over an app that has rendered (it loaded while the reading was slow)', () => {
    const app = Object.assign(document.createElement('div'), { id: 'app' });
    document.body.append(app);
    expect(appHasRendered()).toBe(false);
    app.append(document.createElement('p'));
    expect(appHasRendered()).toBe(true);
  });
});

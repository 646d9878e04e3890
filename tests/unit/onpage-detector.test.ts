// @vitest-environment happy-dom
/**
 * The detector's scheduling (onpage/watcher.ts) with the real engine, in happy-dom: an
 * ordinary page is read once and left alone; a flagged page is reported once per change;
 * mutation-driven re-checks are batched, throttled and given up after fruitless rounds.
 * The context is a small real implementation of WXT's (AbortController-based), not a mock.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { classify, gate } from '../../core/detect';
import type { Message } from '../../core/protocol';
import type { PageState } from '../../onpage/page-state';
import { preGate } from '../../onpage/pregate';
import {
  changedChars,
  createDetector,
  needsDetector,
  LARGE_CHANGE_CHARS,
  MAX_FRUITLESS_ROUNDS,
  MIN_RECHECK_MS,
  ENGINE_RETRY_MS,
  verdictSignature,
  type Ctx,
} from '../../onpage/watcher';

function makeCtx(): Ctx & { invalidate(): void } {
  const ac = new AbortController();
  return {
    get isInvalid() {
      return ac.signal.aborted;
    },
    setTimeout(handler, timeout) {
      const id = setTimeout(() => !ac.signal.aborted && handler(), timeout) as unknown as number;
      ac.signal.addEventListener('abort', () => clearTimeout(id));
      return id;
    },
    addEventListener(target, type, handler, options) {
      target.addEventListener(type.startsWith('wxt:') ? `test-${type}` : type, handler, { ...options, signal: ac.signal });
    },
    onInvalidated(cb) {
      ac.signal.addEventListener('abort', cb);
      return () => ac.signal.removeEventListener('abort', cb);
    },
    invalidate: () => ac.abort(),
  };
}

function makeState(): PageState {
  return {
    rev: 0, url: location.href, verdict: null, sample: null, overlay: false, host: null,
    listeners: new Set(), rescan: () => {}, engine: null, onEngine: () => {},
  };
}

const ORDINARY = '清晨的湖面上飘着薄雾，沿着步道走一圈大约需要四十分钟。路边的银杏叶开始变黄，几位老人在亭子里下棋。';
const FLAGGED =
  '您的网贷已逾期30天，催收人员将联系您的家人和单位，并上门催收。请立即还款，否则将起诉并上征信，后果自负。' +
  '逾期罚息按日息万五计算，我司将通知您的紧急联系人。';

/**
 * A detector with the real pre-gate and engine. The engine starts unloaded, as in a page: a
 * request "injects" it 50 ms later the way entrypoints/engine.ts does (sets state.engine and
 * calls state.onEngine), unless `engineArrives` is false (a frame that cannot be scripted).
 */
function setup(body: string, opts: { engineArrives?: boolean } = {}) {
  document.title = '';
  document.body.innerHTML = body;
  const sent: Message[] = [];
  const ctx = makeCtx();
  const state = makeState();
  let gateCalls = 0;
  let engineRequests = 0;
  const d = createDetector({
    ctx,
    preGate: (i) => (gateCalls++, preGate(i)),
    engine: () => state.engine,
    requestEngine: () => {
      engineRequests++;
      if (opts.engineArrives === false) return;
      setTimeout(() => {
        if (state.engine) return;
        state.engine = { classify, gate };
        state.onEngine();
      }, 50);
    },
    send: (m) => sent.push(m),
    state,
  });
  return { d, ctx, state, sent, gateCalls: () => gateCalls, engineRequests: () => engineRequests };
}

/** Let MutationObserver records, timers and idle callbacks run. */
async function flush(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date', 'requestIdleCallback', 'cancelIdleCallback'] });
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('ordinary page', () => {
  test('read once when idle, then nothing: no observer, no message, even after big changes', async () => {
    const { d, sent, ctx } = setup(`<main>${`<p>${ORDINARY}</p>`.repeat(20)}</main>`);
    d.start();
    expect(d.checks).toBe(0); // nothing synchronous: the work waits for an idle slice
    await flush(3_000);
    expect(d.checks).toBe(1);
    expect(d.observing).toBe(false);
    document.body.insertAdjacentHTML('beforeend', `<p>${ORDINARY.repeat(10)}</p>`);
    await flush(10_000);
    expect(d.checks).toBe(1);
    expect(sent).toEqual([]);
    ctx.invalidate();
  });
});

describe('the first look (before any detector is built)', () => {
  const look = (body: string, title = '') => {
    document.title = title;
    document.body.innerHTML = body;
    return needsDetector({ preGate });
  };
  test('an ordinary page with enough text needs no detector', () => {
    expect(look(`<main>${`<p>${ORDINARY}</p>`.repeat(20)}</main>`, '湖边的一天')).toBe(false);
  });
  test('a page with a cue in its text or title, a short page and a hidden tab need one', () => {
    expect(look(`<main><h1>还款通知</h1><p>${FLAGGED}</p>${`<p>${ORDINARY}</p>`.repeat(20)}</main>`)).toBe(true);
    expect(look(`<main>${`<p>${ORDINARY}</p>`.repeat(20)}</main>`, '网贷逾期怎么办')).toBe(true);
    expect(look(`<main><p>${ORDINARY}</p></main>`)).toBe(true); // may still be rendering
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      expect(look(`<main>${`<p>${ORDINARY}</p>`.repeat(20)}</main>`)).toBe(true); // the detector waits for it
    } finally {
      hidden.mockRestore();
    }
  });
  test('text the reader cannot see does not count (a cue inside <script> or [hidden] stays unread)', () => {
    const long = `${`<p>${ORDINARY}</p>`.repeat(20)}`;
    expect(look(`<main><script>var s = "网贷逾期催收";</script><div hidden>网贷逾期催收</div>${long}</main>`)).toBe(false);
  });
});

describe('loading the engine', () => {
  test('an ordinary page never asks for it', async () => {
    const { d, ctx, engineRequests, state } = setup(`<main>${`<p>${ORDINARY}</p>`.repeat(20)}</main>`);
    d.start();
    await flush(3_000);
    expect(d.checks).toBe(1);
    expect(engineRequests()).toBe(0);
    expect(state.engine).toBeNull();
    ctx.invalidate();
  });

  test('a page past the pre-gate asks once, waits without reporting, and is classified when it arrives', async () => {
    const { d, ctx, engineRequests, sent, state } = setup(`<main><h1>还款通知</h1><p>${FLAGGED}</p></main>`);
    d.start();
    for (let waited = 0; d.checks < 1 && waited < 3_000; waited += 5) await flush(5);
    expect(d.checks).toBe(1); // the first check ran; the engine is on its way
    expect(engineRequests()).toBe(1);
    expect(sent).toEqual([]);
    expect(state.verdict).toBeNull();
    await flush(3_000);
    expect(d.checks).toBe(2);
    expect(engineRequests()).toBe(1);
    expect(sent.map((m) => m.type)).toEqual(['lg:verdict']);
    expect(state.verdict?.kind).toBe('overdue');
    ctx.invalidate();
  });

  test('an engine that never comes is asked for again only after ENGINE_RETRY_MS', async () => {
    const { d, ctx, engineRequests, sent } = setup(`<main><h1>还款通知</h1><p>${FLAGGED}</p></main>`, { engineArrives: false });
    d.start();
    await flush(3_000);
    expect(engineRequests()).toBe(1);
    d.checkNow();
    expect(engineRequests()).toBe(1);
    await flush(ENGINE_RETRY_MS);
    d.checkNow();
    expect(engineRequests()).toBe(2);
    expect(sent).toEqual([]);
    ctx.invalidate();
  });
});

describe('flagged page', () => {
  test('reported once; a repeat check with the same result sends nothing; clearing sends lg:clear', async () => {
    const { d, sent, state, ctx } = setup(`<main><h1>还款通知</h1><p>${FLAGGED}</p></main>`);
    d.start();
    await flush(3_000);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.type).toBe('lg:verdict');
    expect(state.verdict?.kind).not.toBe('none');
    expect(state.sample?.text).toContain('催收');
    expect(d.observing).toBe(true); // a flagged page keeps watching
    d.checkNow();
    expect(sent).toHaveLength(1);
    document.body.innerHTML = `<p>${ORDINARY.repeat(8)}</p>`;
    d.checkNow();
    expect(sent.map((m) => m.type)).toEqual(['lg:verdict', 'lg:clear']);
    expect(state.verdict).toBeNull();
    expect(state.sample).toBeNull(); // page text is not kept once the page is ordinary
    ctx.invalidate();
  });
});

describe('re-checks on a still-rendering (short) page', () => {
  test('a burst of mutations becomes one re-check, no sooner than MIN_RECHECK_MS after the last', async () => {
    const { d, ctx } = setup('<div id="app"><p>加载中…</p></div>');
    d.start();
    await flush(3_000);
    expect(d.checks).toBe(1);
    expect(d.observing).toBe(true); // short page: it may still be rendering
    const app = document.getElementById('app')!;
    const burst = () => {
      for (let i = 0; i < 50; i++) {
        const p = document.createElement('p');
        p.textContent = '路边的银杏叶开始变黄，几位老人在亭子里下棋。'.repeat(2);
        app.append(p);
        app.firstChild!.remove();
      }
    };
    burst();
    let waited = 0;
    while (d.checks < 2 && waited < 10_000) {
      await flush(10);
      waited += 10;
    }
    expect(d.checks).toBe(2); // 50 mutation batches → one re-check
    burst(); // right after that re-check: throttled
    await flush(MIN_RECHECK_MS - 100);
    expect(d.checks).toBe(2);
    await flush(3_000);
    expect(d.checks).toBe(3);
    ctx.invalidate();
  });

  test('small changes alone never trigger a re-check', async () => {
    const { d, ctx } = setup('<div id="app"><p>加载中</p></div>');
    d.start();
    await flush(3_000);
    const p = document.querySelector('p')!;
    for (let i = 0; i < 5; i++) {
      p.textContent = `加载中${'.'.repeat(i)}`;
      await flush(2_000);
    }
    expect(d.checks).toBe(1);
    ctx.invalidate();
  });

  test('the observer gives up after MAX_FRUITLESS_ROUNDS re-checks that change nothing', async () => {
    const { d, ctx } = setup('<div id="app"><p>加载中</p></div>');
    d.start();
    await flush(3_000);
    const app = document.getElementById('app')!;
    const churn = () => {
      // replaces ~2 × 150 characters while the page stays short (< SHORT_PAGE_CHARS)
      app.innerHTML = `<p>${'孩子们在草地上追着风筝跑。'.repeat(12)}</p>`;
    };
    for (let round = 0; round < MAX_FRUITLESS_ROUNDS + 3; round++) {
      churn();
      await flush(MIN_RECHECK_MS + 3_000);
    }
    expect(d.checks).toBe(1 + MAX_FRUITLESS_ROUNDS);
    expect(d.observing).toBe(false);
    ctx.invalidate();
  });

  test('an invalidated context stops everything', async () => {
    const { d, ctx } = setup('<div id="app"><p>加载中</p></div>');
    d.start();
    ctx.invalidate();
    await flush(5_000);
    expect(d.checks).toBe(0);
    expect(d.checkNow()).toBe(false);
  });
});

describe('pure helpers', () => {
  test('changedChars counts added/removed text, skips our host and script text, stops at the cap', () => {
    const host = document.createElement('div');
    host.textContent = 'x'.repeat(500);
    const script = document.createElement('script');
    script.textContent = 'y'.repeat(500);
    const p = document.createElement('p');
    p.textContent = '一二三四五';
    const t = document.createTextNode('abc');
    const rec = (added: Node[], removed: Node[] = [], target: Node = document.body) =>
      ({ type: 'childList', target, addedNodes: added, removedNodes: removed }) as unknown as MutationRecord;
    expect(changedChars([rec([p], [t])], null, 1000)).toBe(8);
    expect(changedChars([rec([host, script])], host, 1000)).toBe(0);
    expect(changedChars([rec([p])], null, 1000)).toBe(5);
    expect(changedChars([rec([p]), rec([host]), rec([host])], null, LARGE_CHANGE_CHARS)).toBe(505);
    expect(changedChars([rec([p], [], host)], host, 1000)).toBe(0); // inside our own UI
    const cd = { type: 'characterData', target: t, oldValue: 'a', addedNodes: [], removedNodes: [] } as unknown as MutationRecord;
    expect(changedChars([cd], null, 1000)).toBe(2);
  });

  test('verdictSignature: kind, level, jurisdiction and claims; not offsets', () => {
    const v = classify({ title: '还款通知', text: FLAGGED });
    expect(v.kind).not.toBe('none');
    const moved = { ...v, tips: v.tips.map((t) => ({ ...t, start: t.start + 5, end: t.end + 5 })) };
    expect(verdictSignature(moved)).toBe(verdictSignature(v));
    expect(verdictSignature({ ...v, level: v.level === 'high' ? 'low' : 'high' })).not.toBe(verdictSignature(v));
    expect(verdictSignature(null)).toBe('none');
    expect(verdictSignature({ ...v, kind: 'none' })).toBe('none');
  });
});

// @vitest-environment happy-dom
/**
 * The watcher's scheduling (onpage/watcher.ts) in happy-dom, answered by the background's real
 * engine host (background/engine-host.ts assess(), the function the worker runs on a sample):
 * an ordinary page is sampled once (2 KB) and left alone; a flagged page keeps its verdict and
 * sample; a long page its opening flags is asked for its full sample; mutation-driven re-checks are
 * batched, throttled and given up after fruitless rounds; a sample with no answer (worker
 * restarting) is sent again. The lifecycle is the real one (onpage/lifecycle.ts).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { assess } from '../../background/engine-host';
import { classify } from '../../core/detect';
import { FIRST_SAMPLE_CHARS, type Message, type Sample } from '../../core/protocol';
import { createLifecycle, currentLifecycle, takeOver } from '../../onpage/lifecycle';
import type { PageState } from '../../onpage/page-state';
import {
  changedChars, createWatcher, LARGE_CHANGE_CHARS, MAX_FRUITLESS_ROUNDS, MIN_RECHECK_MS, RETRY_MS, verdictSignature,
} from '../../onpage/watcher';

const ORDINARY = '清晨的湖面上飘着薄雾，沿着步道走一圈大约需要四十分钟。路边的银杏叶开始变黄，几位老人在亭子里下棋。';
const FLAGGED =
  '您的网贷已逾期30天，催收人员将联系您的家人和单位，并上门催收。请立即还款，否则将起诉并上征信，后果自负。' +
  '逾期罚息按日息万五计算，我司将通知您的紧急联系人。';

/** A watcher whose samples the real engine host answers; `unanswered` samples get no answer first. */
function setup(body: string, opts: { unanswered?: number } = {}) {
  document.title = '';
  document.body.innerHTML = body;
  const life = createLifecycle();
  const samples: Sample[] = [];
  const sent: Message[] = [];
  let unanswered = opts.unanswered ?? 0;
  const state: PageState = {
    life, rev: 0, url: location.href, verdict: null, sample: null, overlay: false, host: null, shadow: null,
    listeners: new Set(), rescan: () => {},
  };
  const d = createWatcher({
    life,
    state,
    ask: async (sample) => {
      samples.push(sample);
      if (unanswered > 0) {
        unanswered--;
        return undefined;
      }
      return assess(sample);
    },
    send: (m) => sent.push(m),
  });
  return { d, life, state, samples, sent };
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
  test('sampled once when idle (2 KB, a first look), then nothing: no observer, no page text kept', async () => {
    const { d, samples, state, life } = setup(`<main>${`<p>${ORDINARY}</p>`.repeat(60)}</main>`);
    d.start();
    expect(d.checks).toBe(0); // nothing synchronous: the work waits for an idle slice
    await flush(3_000);
    expect(d.checks).toBe(1);
    expect(samples).toHaveLength(1);
    expect(samples[0]!.full).toBe(false);
    expect(samples[0]!.text.length).toBeLessThanOrEqual(FIRST_SAMPLE_CHARS);
    expect(d.observing).toBe(false);
    expect(state.verdict).toBeNull();
    expect(state.sample).toBeNull();
    document.body.insertAdjacentHTML('beforeend', `<p>${ORDINARY.repeat(10)}</p>`);
    await flush(10_000);
    expect(d.checks).toBe(1);
    life.invalidate();
  });

  test('text the reader cannot see is not sent (<script>, [hidden], aria-hidden, display:none)', async () => {
    const { d, samples, life } = setup(
      `<main><script>var s = "网贷逾期催收";</script><div hidden>网贷逾期A</div><div aria-hidden="true">网贷逾期B</div>` +
        `<div style="display:none">网贷逾期C</div><p>${ORDINARY}</p></main>`,
    );
    d.start();
    await flush(3_000);
    expect(samples[0]!.text).not.toMatch(/网贷|逾期/);
    life.invalidate();
  });
});

describe('flagged page', () => {
  test('a short flagged page is classified from its first sample; verdict and sample kept; watching on', async () => {
    const { d, samples, state, life } = setup(`<main><h1>还款通知</h1><p>${FLAGGED}</p></main>`);
    d.start();
    await flush(3_000);
    expect(samples).toHaveLength(1);
    expect(samples[0]!.full).toBe(true); // the whole page fit in the first sample
    expect(state.verdict?.kind).toBe('overdue');
    expect(state.sample?.text).toContain('催收');
    for (const t of state.verdict!.tips) expect(state.sample!.text.slice(t.start, t.end)).toBe(t.text);
    expect(d.observing).toBe(true);
    const rev = state.rev;
    expect(await d.checkNow()).toBe(false); // same result: nothing changed
    expect(state.rev).toBe(rev + 1);
    document.body.innerHTML = `<p>${ORDINARY.repeat(8)}</p>`;
    expect(await d.checkNow()).toBe(true);
    expect(state.verdict).toBeNull();
    expect(state.sample).toBeNull(); // page text is not kept once the page is ordinary
    life.invalidate();
  });

  test('a long page past the gate: a first look, then the full sample on request', async () => {
    const { d, samples, state, life } = setup(`<main><h1>还款通知</h1><p>${FLAGGED}</p>${`<p>${ORDINARY}</p>`.repeat(60)}</main>`);
    d.start();
    await flush(3_000);
    expect(samples.map((s) => s.full)).toEqual([false, true]);
    expect(samples[0]!.text.length).toBe(FIRST_SAMPLE_CHARS);
    expect(samples[1]!.text.length).toBeGreaterThan(FIRST_SAMPLE_CHARS);
    expect(state.verdict?.kind).toBe('overdue');
    life.invalidate();
  });

  test('a long page that mentions 贷款 in passing: its first look is the only sample sent', async () => {
    const passing = '据某银行发布的三季度报告，营业收入同比增长，不良贷款率较年初下降，零售贷款余额稳步增长。';
    const { d, samples, state, life } = setup(`<main><h1>新机上手</h1><p>${passing}</p>${`<p>${ORDINARY}</p>`.repeat(60)}</main>`);
    d.start();
    await flush(3_000);
    expect(samples.map((s) => s.full)).toEqual([false]);
    expect(samples[0]!.text).toContain('贷款');
    expect(state.verdict).toBeNull();
    expect(d.observing).toBe(false);
    life.invalidate();
  });

  test('a sample with no answer (the worker was restarting) is sent again, and published once', async () => {
    const { d, samples, state, life } = setup(`<main><h1>还款通知</h1><p>${FLAGGED}</p></main>`, { unanswered: 1 });
    let published = 0;
    state.listeners.add(() => published++);
    d.start();
    await flush(500); // the first idle slice: its sample went unanswered
    expect(samples).toHaveLength(1);
    expect(state.verdict).toBeNull();
    await flush(RETRY_MS + 3_000);
    expect(samples).toHaveLength(2);
    expect(state.verdict?.kind).toBe('overdue');
    expect(published).toBe(1);
    life.invalidate();
  });
});

describe('lifecycle (no DOM events)', () => {
  test('a newer copy stops the older one through the isolated world, not through the page', () => {
    const world = {};
    const first = takeOver(world);
    expect(currentLifecycle(world)).toBe(first);
    // What a hostile page could do: dispatch WXT's announcement event. Nothing listens.
    window.dispatchEvent(new CustomEvent('loan-guard@loanguard.invalid:content:wxt:content-script-started', { detail: { messageId: 'x' } }));
    document.dispatchEvent(new CustomEvent('wxt:content-script-started'));
    expect(first.isInvalid).toBe(false);
    const second = takeOver(world);
    expect(first.isInvalid).toBe(true);
    expect(currentLifecycle(world)).toBe(second);
    second.invalidate();
    expect(currentLifecycle(world)).toBeUndefined();
  });
});

describe('re-checks on a still-rendering (short) page', () => {
  test('a burst of mutations becomes one re-check, no sooner than MIN_RECHECK_MS after the last', async () => {
    const { d, life } = setup('<div id="app"><p>加载中…</p></div>');
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
    life.invalidate();
  });

  test('small changes alone never trigger a re-check', async () => {
    const { d, life } = setup('<div id="app"><p>加载中</p></div>');
    d.start();
    await flush(3_000);
    const p = document.querySelector('p')!;
    for (let i = 0; i < 5; i++) {
      p.textContent = `加载中${'.'.repeat(i)}`;
      await flush(2_000);
    }
    expect(d.checks).toBe(1);
    life.invalidate();
  });

  test('the observer gives up after MAX_FRUITLESS_ROUNDS re-checks that change nothing', async () => {
    const { d, life } = setup('<div id="app"><p>加载中</p></div>');
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
    life.invalidate();
  });

  test('a stopped lifecycle stops everything', async () => {
    const { d, life } = setup('<div id="app"><p>加载中</p></div>');
    d.start();
    life.invalidate();
    await flush(5_000);
    expect(d.checks).toBe(0);
    expect(await d.checkNow()).toBe(false);
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

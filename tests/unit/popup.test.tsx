// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../components/popup/PopupApp';
import type { VerdictState } from '../../components/popup/VerdictCard';
import { compute, explain, parseNumber } from '../../components/popup/RateCalculator';
import { reasonText } from '../../components/popup/reasons';
import popupCatalog from '../../core/i18n/catalogs/popup';
import { toZhTW } from '../../core/knowledge/generate';
import type { Verdict } from '../../core/types';
import type { Locale } from '../../core/types';

const overdue: Verdict = {
  kind: 'overdue',
  level: 'high',
  score: 80,
  reasons: ['overdue.collection', 'overdue.some-new-rule', 'lender.product'],
  tips: [
    { id: 'family-contact', start: 0, end: 4, text: '联系家人' },
    { id: 'jail-threat', start: 5, end: 7, text: '坐牢' },
  ],
  jurisdiction: 'cn',
};

function ready(v: Verdict | null, url = 'https://loan.example.com/a'): VerdictState {
  return { status: 'ready', tv: v ? { verdict: v, url, at: 1 } : null, host: v ? 'loan.example.com' : null };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(props: Partial<Parameters<typeof PopupApp>[0]> & { locale?: Locale } = {}) {
  const onMute = vi.fn(async () => undefined);
  const onUnmute = vi.fn(async () => undefined);
  const copy = vi.fn(async () => true);
  act(() => {
    render(
      <PopupApp
        locale="zh-CN"
        verdict={ready(overdue)}
        muted={false}
        onMute={onMute}
        onUnmute={onUnmute}
        copy={copy}
        {...props}
      />,
      root,
    );
  });
  return { onMute, onUnmute, copy };
}

const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

describe('verdict card', () => {
  it('shows a hedged heading, readable reasons (generic for unknown ids) and the page claims', () => {
    mount({ locale: 'en' });
    const card = root.querySelector('[data-section="page"]')!;
    expect(card.textContent).toContain('This page may concern overdue debts or collection');
    expect(card.textContent).toContain('The page mentions debt collection');
    expect(card.textContent).toContain('The page has content about overdue debts or collection');
    expect(card.textContent).toContain('Being unable to pay is not a crime');
    expect(card.textContent).not.toContain('overdue.collection');
    expect(card.textContent).not.toContain('mainland China');
  });
  it('says when the rights explained are mainland China’s', () => {
    mount({ locale: 'en', verdict: ready({ ...overdue, jurisdiction: 'tw' }) });
    expect(root.textContent).toContain('The rights explained here are mainland China’s');
  });
  it('adds no jurisdiction note when the country is unknown (most such pages are mainland ones)', () => {
    mount({ locale: 'en', verdict: ready({ ...overdue, jurisdiction: 'unknown' }) });
    expect(root.textContent).not.toContain('The rights explained here are mainland China’s');
  });
  it('says nothing found for an ordinary page, without a mute button', () => {
    mount({ verdict: ready(null) });
    expect(root.textContent).toContain('这个页面没有发现');
    expect(root.querySelector('.lg-mute')).toBeNull();
  });
  it('mutes and offers undo', async () => {
    const { onMute } = mount({ locale: 'en' });
    const btn = [...root.querySelectorAll('button')].find((b) => b.textContent === 'This isn’t a loan page')!;
    act(() => btn.click());
    await flush();
    expect(onMute).toHaveBeenCalledWith('loan.example.com');
    // the settings change arrives as props
    const { onUnmute } = mount({ locale: 'en', muted: true });
    expect(root.textContent).toContain('notices on loan.example.com');
    const undo = [...root.querySelectorAll('button')].find((b) => /Undo|Turn notices back on/.test(b.textContent ?? ''))!;
    act(() => undo.click());
    await flush();
    expect(onUnmute).toHaveBeenCalledWith('loan.example.com');
  });
  it('unknown rule class falls back to a generic wording', () => {
    expect(reasonText('weird.thing', 'en')).toBe('The page has related content');
    expect(reasonText('scam.brand-new', 'zh-CN')).toBe('页面有代办、收费协商一类的内容');
  });
});

describe('sections', () => {
  it('has every section, collapsed by default, with the disclaimer and review date', () => {
    mount();
    const ids = [...root.querySelectorAll('details')].map((d) => d.dataset.section);
    expect(ids).toEqual(['overdue', 'rights', 'deductions', 'help', 'myths', 'rates']);
    expect([...root.querySelectorAll('details')].every((d) => !d.open)).toBe(true);
    expect(root.textContent).toContain('不构成法律意见');
    expect(root.textContent).toContain('2026-12-02');
    expect(root.querySelectorAll('.lg-rights > li').length).toBeGreaterThanOrEqual(15);
    expect(root.querySelectorAll('.lg-myths > li').length).toBeGreaterThanOrEqual(12);
    expect(root.querySelectorAll('.lg-timeline > li').length).toBe(8);
  });
  it('switches language by props', () => {
    mount({ locale: 'zh-TW' });
    expect(root.textContent).toContain('被催收時你的權利');
    mount({ locale: 'en' });
    expect(root.textContent).toContain('Your rights when collected');
  });
});

describe('help lines', () => {
  it('copies the number and confirms visibly', async () => {
    const { copy } = mount({ locale: 'en', open: ['help'] });
    const btn = root.querySelector<HTMLButtonElement>('[data-line="12378"] .lg-copy')!;
    expect(btn.getAttribute('aria-label')).toContain('12378');
    act(() => btn.click());
    await flush();
    expect(copy).toHaveBeenCalledWith('12378');
    expect(root.querySelector('[data-line="12378"] [data-copy-status="ok"]')!.textContent).toBe('Copied: 12378');
  });
  it('falls back to a note-it-down message when the clipboard is unavailable', async () => {
    mount({ locale: 'en', copy: vi.fn(async () => false) });
    act(() => root.querySelector<HTMLButtonElement>('[data-line="crc"] .lg-copy')!.click());
    await flush();
    expect(root.querySelector('[data-line="crc"] [data-copy-status="failed"]')!.textContent).toContain('400-810-8866');
  });
});

describe('rate calculator', () => {
  it('shows the default daily example in plain words', () => {
    mount({ locale: 'en' });
    const result = root.querySelector('.lg-rate-result')!.textContent!;
    expect(result).toContain('18.25%');
    expect(result).toContain('private lending');
  });
  it('compute() covers the modes and guards bad input', () => {
    const base = { daily: '', monthly: '', fee: '0.6', periods: '12', principal: '10000', received: '', payment: '' };
    const fee = compute('fee', base);
    expect(fee.ok && fee.method === 'irr' && Math.round(fee.apr * 10) / 10).toBe(13);
    const cut = compute('fee', { ...base, fee: '1', received: '9000' });
    expect(cut.ok && cut.method === 'received' && Math.round(cut.onReceived.apr)).toBe(42);
    expect(compute('plan', { ...base, principal: '9000', received: '10000', payment: '900' })).toEqual({
      ok: false,
      error: 'received-above-contract',
    });
    const typed = compute('daily', { ...base, daily: '万五' });
    expect(typed.ok && typed.method === 'simple' && typed.apr).toBeCloseTo(18.25, 8);
    const plan = compute('plan', { ...base, principal: '1200', payment: '100' });
    expect(plan.ok && plan.method === 'irr' && plan.apr).toBeCloseTo(0, 6);
    expect(compute('fee', { ...base, periods: '0' }).ok).toBe(false);
    expect(compute('daily', { ...base, daily: 'abc' }).ok).toBe(false);
    expect(parseNumber('０．０５%')).toBe(0.05);
    expect(parseNumber('10,000')).toBe(10000);
  });
  it('the received-amount mode shows the real rate on what was received and cites 民法典第670条', () => {
    const base = { daily: '', monthly: '', fee: '', periods: '12', principal: '10000', received: '9000', payment: '900' };
    const zh = explain('plan', base, 'zh-CN', new Date('2026-12-02')).join('\n');
    expect(zh).toContain('按实际到手的 9,000 元计算，实际年化约 35.1%');
    expect(zh).toContain('《民法典》第670条');
    const en = explain('daily', { ...base, daily: '0.0005' }, 'en', new Date('2026-12-02'));
    expect(en[0]).toBe('Read as 0.05% a day.');
    expect(en.join(' ')).toContain('18.25%');
  });
  it('switching mode and typing updates the result; garbage shows a sentence, not a crash', () => {
    mount({ locale: 'en', open: ['rates'] });
    const fee = root.querySelector<HTMLInputElement>('input[value="fee"]')!;
    act(() => fee.click());
    expect(root.querySelector('.lg-rate-result')!.textContent).toContain('13.0%');
    const periods = root.querySelector<HTMLInputElement>('#lg-rate-periods')!;
    act(() => {
      periods.value = '-4';
      periods.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(root.querySelector('.lg-rate-result')!.textContent).toContain('Please enter valid numbers');
  });
});

describe('popup catalog', () => {
  it('zh-TW is the opencc conversion of zh-CN', () => {
    for (const [k, v] of Object.entries(popupCatalog['zh-CN'])) {
      expect(popupCatalog['zh-TW'][k as keyof (typeof popupCatalog)['zh-TW']], k).toBe(toZhTW(v));
    }
  });
  it('every key exists in every locale, non-empty', () => {
    const keys = Object.keys(popupCatalog['zh-CN']).sort();
    for (const l of ['zh-TW', 'en'] as const) {
      expect(Object.keys(popupCatalog[l]).sort()).toEqual(keys);
      for (const v of Object.values(popupCatalog[l])) expect(v.trim()).not.toBe('');
    }
  });
});

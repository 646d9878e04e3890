/** Tip `auto-deduction`: where the page makes this claim, the overlay marks it and explains the facts. */
import { defineTip } from './define';

export const tip = defineTip({
  id: 'auto-deduction',
  phrases: '自动扣款,自动划扣,划扣,扣款,扣微信余额,扣除余额,余额会被扣,扣除,直接扣,代扣',
  near: '余额,银行卡,微信,支付宝,账户,零钱,工资卡,欠款,逾期',
  window: 14,
  facts: ['C4', 'C6', 'C3', 'C5d'],
  names: {
    'zh-CN': '自动划扣',
    'zh-TW': '自動劃扣',
    en: 'automatic deductions',
  },
});

/** Snippets (our own wording) the tip must mark, and ones it must leave alone. Tests only. */
export const examples = { fires: ['逾期后会从余额划扣欠款'], quiet: ['扣除个税专项'] };

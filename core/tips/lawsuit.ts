/** Tip `lawsuit`: where the page makes this claim, the overlay marks it and explains the facts. */
import { defineTip } from './define';

export const tip = defineTip({
  id: 'lawsuit',
  phrases: '起诉,诉讼,支付令,失信被执行人,失信人,强制执行,传票,诉前调解,被执行人,开庭,summons,lawsuit',
  facts: ['B13', 'A11', 'B14', 'B20', 'B16', 'B21'],
  names: {
    'zh-CN': '起诉与执行',
    'zh-TW': '起訴與執行',
    en: 'lawsuits and enforcement',
  },
});

/** Snippets (our own wording) the tip must mark, and ones it must leave alone. Tests only. */
export const examples = { fires: ['银行起诉信用卡欠款'], quiet: [] };

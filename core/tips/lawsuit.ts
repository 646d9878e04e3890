/** Tip `lawsuit`: where the page makes this claim, the overlay marks it and explains the facts. */
import { defineTip } from './define';

export const tip = defineTip({
  id: 'lawsuit',
  phrases: '起诉,诉讼,支付令,失信被执行人,失信人,强制执行,传票,诉前调解,被执行人,开庭,summons,lawsuit',
  // a claim about a debt, not the bare word: the lawsuit must be about a loan or card debt
  near: '网贷,信用卡,贷款,借款,逾期,欠款,借呗,花呗,白条,金条,催收,还款,债务,欠债,credit card,debt',
  window: 30,
  facts: ['B13', 'A11', 'B14', 'B20', 'B16', 'B21'],
  names: {
    'zh-CN': '起诉与执行',
    'zh-TW': '起訴與執行',
    en: 'lawsuits and enforcement',
  },
});

/** Snippets (our own wording) the tip must mark, and ones it must leave alone. Tests only. */
export const examples = { fires: ['银行起诉信用卡欠款', '网贷逾期会被起诉吗'], quiet: ['邻居起诉物业公司', '《民事诉讼法》第一百条'] };

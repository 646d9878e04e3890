/** Tip `debt-transfer`: where the page makes this claim, the overlay marks it and explains the facts. */
import { defineTip } from './define';

export const tip = defineTip({
  id: 'debt-transfer',
  // "转让" alone is everyday (a shop, a flat, shares): only a debt or creditor transfer, near a debt word.
  phrases: '债权已转让,债务已转让,债权转让,债务转让,转让给我公司,转让给我司,全权收购,受让债权,债权已由',
  near: '欠款,债务,债权,还款,借款,网贷,贷款,欠的,账户',
  window: 20,
  facts: ['A14', 'G7'],
  names: {
    'zh-CN': '“债权已转让”',
    'zh-TW': '「債權已轉讓」',
    en: '"your debt was transferred"',
  },
});

/** Snippets (our own wording) the tip must mark, and ones it must leave alone. Tests only. */
export const examples = {
  fires: ['你的债务已转让给我公司，请向我方账户还款', '你的欠款债权已转让，今后向我司还款'],
  quiet: ['店铺已转让给新老板，会员卡照常使用', '公司股权转让协议已经签署'],
};

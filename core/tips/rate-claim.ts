/** Tip `rate-claim`: where the page makes this claim, the overlay marks it and explains the facts. */
import { defineTip } from './define';

export const tip = defineTip({
  id: 'rate-claim',
  phrases: '日利率,日息,日费率,月利率,月息,月费率,分期手续费,每期手续费,年化利率,年利率,年化,万分之,综合年化',
  facts: ['E7', 'E8', 'E1'],
  names: {
    'zh-CN': '利率说法',
    'zh-TW': '利率說法',
    en: 'a stated rate',
  },
});

/** Snippets (our own wording) the tip must mark, and ones it must leave alone. Tests only. */
export const examples = { fires: ['日利率0.05%'], quiet: [] };

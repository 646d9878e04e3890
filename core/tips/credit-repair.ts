/** Tip `credit-repair`: where the page makes this claim, the overlay marks it and explains the facts. */
import { defineTip } from './define';

export const tip = defineTip({
  id: 'credit-repair',
  phrases: '征信修复,修复征信,征信洗白,洗白征信,消除不良征信,铲单,消除逾期记录,删除逾期记录',
  facts: ['G2', 'G3', 'A9'],
  names: {
    'zh-CN': '征信修复',
    'zh-TW': '徵信修復',
    en: '"credit repair"',
  },
});

/** Snippets (our own wording) the tip must mark, and ones it must leave alone. Tests only. */
export const examples = { fires: ['征信修复是骗局'], quiet: [] };

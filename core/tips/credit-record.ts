/** Tip `credit-record`: where the page makes this claim, the overlay marks it and explains the facts. */
import { defineTip } from './define';

export const tip = defineTip({
  id: 'credit-record',
  phrases: '上征信,征信记录,影响征信,征信报告,不良记录,信用记录,征信黑名单,征信系统,个人征信',
  facts: ['B5', 'A7', 'B8', 'A9'],
  names: {
    'zh-CN': '征信记录',
    'zh-TW': '徵信記錄',
    en: 'credit record',
  },
});

/** Snippets (our own wording) the tip must mark, and ones it must leave alone. Tests only. */
export const examples = { fires: ['逾期会上征信'], quiet: [] };

/** Tip `upfront-fee`: where the page makes this claim, the overlay marks it and explains the facts. */
import { defineTip } from './define';

export const tip = defineTip({
  id: 'upfront-fee',
  phrases: '解冻金,解冻费,保证金,验资费,履约金,激活费,工本费,先收费,需要先交,要先交,先交钱',
  near: '贷款,放款,下款,借款,到账,冻结,解冻',
  window: 16,
  facts: ['G5', 'F6'],
  names: {
    'zh-CN': '放款前收费',
    'zh-TW': '放款前收費',
    en: 'fees before payout',
  },
});

/** Snippets (our own wording) the tip must mark, and ones it must leave alone. Tests only. */
export const examples = { fires: ['放款前交保证金'], quiet: [] };

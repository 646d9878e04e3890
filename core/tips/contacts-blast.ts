/** Tip `contacts-blast`: where the page makes this claim, the overlay marks it and explains the facts. */
import { defineTip } from './define';

export const tip = defineTip({
  id: 'contacts-blast',
  phrases: '爆通讯录,炸通讯录,爆你通讯录,通讯录轰炸,打遍通讯录,群发通讯录',
  facts: ['D15', 'A4a', 'D12', 'F12'],
  names: {
    'zh-CN': '爆通讯录',
    'zh-TW': '爆通訊錄',
    en: 'messaging your contacts',
  },
});

/** Snippets (our own wording) the tip must mark, and ones it must leave alone. Tests only. */
export const examples = { fires: ['网贷爆通讯录'], quiet: [] };

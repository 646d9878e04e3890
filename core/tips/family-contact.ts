/** Tip `family-contact`: where the page makes this claim, the overlay marks it and explains the facts. */
import { defineTip } from './define';

export const tip = defineTip({
  id: 'family-contact',
  phrases: '联系家人,打电话给家人,联系父母,联系单位,紧急联系人,骚扰家人,通知家人,联系亲友,联系同事,打给家人,家人朋友',
  facts: ['D8', 'D9', 'M3', 'A3'],
  names: {
    'zh-CN': '联系家人或单位',
    'zh-TW': '聯繫家人或單位',
    en: 'contacting family or employer',
  },
});

/** Snippets (our own wording) the tip must mark, and ones it must leave alone. Tests only. */
export const examples = { fires: ['逾期后会联系紧急联系人'], quiet: [] };

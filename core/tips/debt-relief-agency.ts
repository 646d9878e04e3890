/** Tip `debt-relief-agency`: where the page makes this claim, the overlay marks it and explains the facts. */
import { defineTip } from './define';

export const tip = defineTip({
  id: 'debt-relief-agency',
  phrases: '停息挂账,债务优化,反催收,代还信用卡,协商团队,法务公司,卡数一笔清,iva,drp,个人自愿安排,债务舒缓,debt settlement,debt relief',
  facts: ['G1', 'M8', 'A10'],
  names: {
    'zh-CN': '代办协商、停息挂账',
    'zh-TW': '代辦協商、停息掛賬',
    en: 'paid negotiation agencies',
  },
});

/** Snippets (our own wording) the tip must mark, and ones it must leave alone. Tests only. */
export const examples = { fires: ['停息挂账是真的吗'], quiet: [] };

/** Tip `impersonation`: where the page makes this claim, the overlay marks it and explains the facts. */
import { defineTip } from './define';

export const tip = defineTip({
  id: 'impersonation',
  phrases: '执法人员,法务人员,上门催收,上门,外访,走访,冒充公检法,律师函,法务部',
  near: '催收,逾期,欠款,执法,走访,核实,催款,还款,外访',
  window: 20,
  facts: ['M1', 'D9', 'D9b', 'D18', 'F6'],
  names: {
    'zh-CN': '冒充执法或上门',
    'zh-TW': '冒充執法或上門',
    en: 'posing as officials, home visits',
  },
});

/** Snippets (our own wording) the tip must mark, and ones it must leave alone. Tests only. */
export const examples = { fires: ['逾期执法人员上门催收'], quiet: ['上门服务维修空调'] };

/** Tip `fake-account-cancel`: where the page makes this claim, the overlay marks it and explains the facts. */
import { defineTip } from './define';

export const tip = defineTip({
  id: 'fake-account-cancel',
  // "注销" is everyday (a phone number, an app account): it counts only near a student-loan or
  // credit product or 征信 — "校园贷账户需要注销，否则影响征信" yes, "如需注销会员账户请联系客服" no.
  phrases: '注销校园贷,校园贷注销,注销账户,账户注销,需要注销,要注销,不注销,办理注销,尚未注销,未注销,统一注销,注销白条,注销金条,关闭金条,关闭白条',
  near: '校园贷,学生贷,学生账户,学生会员,大学期间,在校期间,学生时期,白条,金条,借呗,微粒贷,征信',
  window: 20,
  facts: ['G4', 'F6'],
  names: {
    'zh-CN': '“注销账户”',
    'zh-TW': '「註銷賬戶」',
    en: '"cancel your account" calls',
  },
});

/** Snippets (our own wording) the tip must mark, and ones it must leave alone. Tests only. */
export const examples = {
  fires: ['客服要求注销校园贷', '你的校园贷账户需要注销，否则影响征信'],
  quiet: ['如需注销会员账户，请在App内联系客服', '手机号注销后原号码将回收'],
};

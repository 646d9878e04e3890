/** Tip `fake-account-cancel`: where the page makes this claim, the overlay marks it and explains the facts. */
import { defineTip } from './define';

export const tip = defineTip({
  id: 'fake-account-cancel',
  phrases: '注销校园贷,校园贷注销,注销账户,注销白条,注销金条,关闭金条,关闭白条',
  facts: ['G4', 'F6'],
  names: {
    'zh-CN': '“注销账户”',
    'zh-TW': '「註銷賬戶」',
    en: '"cancel your account" calls',
  },
});

/** Snippets (our own wording) the tip must mark, and ones it must leave alone. Tests only. */
export const examples = { fires: ['客服要求注销校园贷'], quiet: [] };

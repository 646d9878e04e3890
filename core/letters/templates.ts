/**
 * Letters and complaints as data. Letters are in simplified Chinese: they go to mainland
 * institutions. Each statement is one of:
 *   - `user`: what the user states about themselves, filled from the form ({field}); no law in it;
 *   - `law`:  a rule restated in our words, with the fact ids it restates (the citation is made
 *             from those facts' sources by ./fill, never typed here);
 *   - `ask`:  what the letter asks for, with the facts that ground the request.
 * No template asserts an event the user did not enter, and none threatens.
 */
export const FIELD_IDS = [
  'name', 'contact', 'lender', 'account', 'collector', 'situation', 'proposal', 'newCreditor', 'report', 'correct', 'request', 'facts',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

export type LetterId = 'plan' | 'third-party' | 'transfer' | 'credit' | 'complaint';

export interface Statement {
  kind: 'user' | 'law' | 'ask';
  text: string;
  facts: readonly string[];
  /** shown only when these fields are filled */
  needs?: readonly FieldId[];
  /** shown only when these fields are empty (the variant of a statement that needs them) */
  unless?: readonly FieldId[];
}

export interface Template {
  id: LetterId;
  subject: string;
  /** the form, in order; `true` = required */
  fields: ReadonlyArray<readonly [FieldId, boolean]>;
  body: readonly Statement[];
  /** complaints: after the body's statement at this index, list the rules the chosen entries may break */
  rulesAfter?: number;
}

const user = (text: string, needs?: FieldId[]): Statement => ({ kind: 'user', text, facts: [], ...(needs ? { needs } : {}) });
/** the variant of a `user` statement for when `fields` are empty */
const otherwise = (text: string, ...fields: FieldId[]): Statement => ({ kind: 'user', text, facts: [], unless: fields });
const law = (text: string, ...facts: string[]): Statement => ({ kind: 'law', text, facts });
const ask = (text: string, ...facts: string[]): Statement => ({ kind: 'ask', text, facts });

export const TEMPLATES: readonly Template[] = [
  {
    id: 'plan',
    subject: '关于协商还款计划（个性化分期）的申请',
    fields: [['name', true], ['lender', true], ['account', false], ['situation', true], ['proposal', true], ['contact', true]],
    body: [
      user('本人{name}，在贵机构有一笔借款（账号：{account}）。', ['account']),
      otherwise('本人{name}，在贵机构有借款。', 'account'),
      user('因{situation}，本人目前无法按原合同约定按期足额还款，但本人有还款意愿，希望与贵机构协商。'),
      law('信用卡欠款确有还款困难、但有还款意愿的，可以与银行协商个性化分期还款，最长5年。', 'A10'),
      user('本人能够做到的还款方案是：{proposal}。'),
      ask('请贵机构根据本人的实际情况审核上述方案，并通过官方渠道书面答复本人。', 'F1', 'A10'),
      user('本人的联系方式：{contact}。'),
    ],
  },
  {
    id: 'third-party',
    subject: '关于停止联系第三人并删除相关信息的要求',
    fields: [['name', true], ['lender', true], ['account', false], ['collector', false], ['contact', true]],
    body: [
      user('本人{name}，在贵机构有一笔借款（账号：{account}）。', ['account']),
      otherwise('本人{name}，在贵机构有借款。', 'account'),
      user('贵机构或贵机构委托的催收方（{collector}）联系了与本债务无关的人，详见附后记录。', ['collector']),
      otherwise('贵机构或贵机构委托的催收方联系了与本债务无关的人，详见附后记录。', 'collector'),
      law('本人享有隐私权和私人生活安宁：除法律另有规定或经本人明确同意外，任何人不得以电话、短信、微信等方式侵扰本人的私人生活安宁。', 'A2'),
      law('本人的电话、住址等个人信息受法律保护，处理这些信息的机构不得泄露，未经本人同意不得向他人提供；向他人提供本人的个人信息，需要取得本人的单独同意。', 'A3', 'A4a'),
      law('催收应只针对借款人本人，不得向与债务无关的第三人催收或透露欠款。', 'D8', 'D9'),
      ask('本人要求：一、立即停止联系本人的亲属、同事及通讯录联系人等与本债务无关的人，不再向他们透露本人的欠款情况；', 'A2', 'A3', 'A4a', 'D9'),
      ask('二、本人撤回对读取、使用本人通讯录的同意，请删除贵机构及催收方为催收获取的本人通讯录及其中第三人的联系信息，并告知处理结果；', 'A4b', 'D15'),
      ask('三、今后只通过官方渠道与本人联系。请于收到本函后书面答复。', 'B12', 'F1'),
      user('本人的联系方式：{contact}。'),
    ],
  },
  {
    id: 'transfer',
    subject: '关于核实债权是否转让的函',
    fields: [['name', true], ['lender', true], ['account', false], ['newCreditor', true], ['contact', true]],
    body: [
      user('本人{name}，在贵机构有一笔借款（账号：{account}）。', ['account']),
      otherwise('本人{name}，在贵机构有借款。', 'account'),
      user('近日，{newCreditor}自称已受让本人在贵机构的债权，要求本人向其还款。'),
      law('债权人转让债权，未通知债务人的，该转让对债务人不发生效力。', 'A14'),
      ask('在核实之前，本人不会向该方付款。请贵机构书面确认：一、上述债权是否已经转让，转让给谁，何时转让；二、贵机构是否以及何时通知过本人；三、本人今后应通过哪个官方渠道、向哪个对公账户还款。', 'A14', 'G7'),
      user('本人的联系方式：{contact}。'),
    ],
  },
  {
    id: 'credit',
    subject: '个人信用报告异议申请',
    fields: [['name', true], ['lender', true], ['report', true], ['correct', true], ['contact', true]],
    body: [
      user('本人{name}。本人的个人信用报告中，由{lender}报送的以下信息有误：{report}。'),
      user('正确的情况是：{correct}。'),
      law('信用报告的信息有错误或遗漏的，本人可以向征信中心或报送数据的机构提出异议，对方应当在20日内书面答复。', 'A9'),
      ask('请核查并更正上述信息，并在20日内将处理结果书面答复本人。', 'A9'),
      user('本人的联系方式：{contact}。'),
    ],
  },
  {
    id: 'complaint',
    subject: '投诉书',
    fields: [['name', true], ['contact', true], ['lender', true], ['collector', false], ['request', true], ['facts', false]],
    body: [
      user('一、投诉人：{name}；联系方式：{contact}。'),
      user('二、被投诉机构：{lender}；相关人员或催收方：{collector}。', ['collector']),
      otherwise('二、被投诉机构：{lender}。', 'collector'),
      user('三、投诉请求：{request}。'),
      user('四、事实与经过：{facts}', ['facts']),
      otherwise('四、事实与经过：见附后记录。', 'facts'),
      ask('本人先向贵机构投诉，请依照规定处理，并将处理结果告知本人。', 'F1'),
    ],
    rulesAfter: 5,
  },
];

export const TEMPLATE_BY_ID: ReadonlyMap<LetterId, Template> = new Map(TEMPLATES.map((t) => [t.id, t]));

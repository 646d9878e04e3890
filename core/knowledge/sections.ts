/**
 * The popup's sections, as data pointing at facts: rights, overdue timeline (and what is
 * not true about it), automatic deductions, help lines, myths, rate lines, tip explanations.
 */
import { TIP_BY_ID } from '../tips';
import type { TipId } from '../types';
import type { HelpLine, Item, Myth, RateLine, TipText, Txt } from './types';
import { LPR } from './lpr';

const tx = (zh: string, en: string): Txt => ({ 'zh-CN': zh, en });
const item = (id: string, zh: string, en: string, facts: string[]): Item => ({ id, title: tx(zh, en), facts });

/** Your rights when collected. Every item's facts carry a law/rule and, where known, its article. */
export const RIGHTS: Item[] = [
  item('no-disclosure', '不向家人、同事、通讯录透露你的欠款', 'No telling your family, colleagues or contacts about your debt', ['A3', 'A4a', 'D8', 'D9b', 'D17']),
  item('not-family', '家人朋友没有替你还钱的义务', 'Your family and friends do not have to pay for you', ['M3', 'D4']),
  item('quiet-life', '你有生活安宁权', 'You have a right to a peaceful private life', ['A2']),
  item('no-impersonation', '不得冒充警察、法院或政府机关', 'No posing as police, courts or government', ['A5', 'D18', 'D16']),
  item('no-threats', '不得暴力、威胁、辱骂或骚扰', 'No violence, threats, insults or harassment', ['A6', 'D14', 'D11']),
  item('quiet-hours', '晚22点到早8点原则上不催收', 'No collection between 22:00 and 08:00, in principle', ['D8', 'D9']),
  item('outsourcing', '外包催收前应告知你，机构要为催收方负责', 'You should be told before an agency collects, and the lender answers for it', ['A5', 'B12']),
  item('no-contacts-needed', '网贷App无权强制读取通讯录', 'A lending app cannot require your contact list', ['D15', 'A4c']),
  item('withdraw-consent', '可以撤回基于同意的授权；删除限于法定情形', 'You can withdraw consent you gave; deletion only in the cases the law lists', ['A4b']),
  item('verify-transfer', '债权“转让”要先核实', 'Check any claimed transfer of your debt', ['A14']),
  item('credit-notice', '上报不良信息前应先告知你', 'You must be told before negative data is reported', ['A7']),
  item('credit-objection', '征信有误可以提出异议，20日内书面答复', 'Object to errors in your credit report; a written answer within 20 days', ['A9', 'A16']),
  item('free-report', '每年两次免费查询本人征信报告', 'Two free credit reports a year', ['A8', 'A8b']),
  item('record-5-years', '不良记录自结清起保存5年，可以添加说明', 'Negative records are kept 5 years from settlement; you may add a statement', ['B8']),
  item('reduce-penalty', '违约金过高可以请求法院减少', 'Ask the court to reduce an excessive penalty', ['A12']),
  item('reduce-24', '金融借款费用明显过高、超过年化24%的，一般可以请求调减', 'Charges above 24% a year on financial loans that clearly exceed the lender’s loss: you can usually ask for a reduction', ['E4', 'E10']),
  item('upfront-interest', '利息不得预先从本金中扣除（砍头息）', 'Interest may not be deducted from the principal upfront', ['E11', 'E9']),
  item('payment-order', '收到支付令15日内可以提出异议；不理会可能被直接申请强制执行', 'Object to a payment order within 15 days; if you ignore it, it can be enforced', ['A11', 'B21']),
  item('living-costs', '强制执行也要保留基本生活费', 'Enforcement must leave you basic living costs', ['B14']),
  item('card-instalment', '信用卡可以协商个性化分期', 'Negotiate a personalised credit-card instalment plan', ['A10']),
  item('legal-advice', '可以免费法律咨询', 'Free legal advice', ['A15']),
];

/** If your loan is overdue: what may happen, in the usual order. */
export const TIMELINE: Item[] = [
  item('reminders', '到期后：提醒和自动扣款', 'After the due date: reminders and automatic debits', ['B1', 'B4', 'C3']),
  item('penalty', '按合同计算罚息或违约金', 'Penalty interest or fees, as the contract says', ['B2', 'A1', 'A12']),
  item('credit-report', '记入征信报告，结清后保存5年', 'Recorded in your credit report, kept 5 years after settlement', ['A7', 'B5', 'B6', 'B8']),
  item('limits', '额度冻结，可能要求提前还清', 'Credit line frozen; the whole balance may be demanded', ['B11']),
  item('collection', '可能交给外包机构催收', 'Collection may be outsourced', ['B12', 'A5']),
  item('court', '可能申请支付令或起诉', 'A payment order or lawsuit may follow', ['B13', 'A11', 'B21', 'D16']),
  item('preservation', '判决前也可能被申请财产保全（冻结）', 'Assets may be frozen as preservation even before a judgment', ['B20']),
  item('enforcement', '有生效法律文书（判决、支付令、仲裁裁决等）后才可能强制执行、限高或列入失信', 'Enforcement, spending limits or the defaulter list need an effective legal document (a judgment, payment order, arbitral award or similar)', ['B14', 'B15', 'B16']),
];

/** What is NOT true about the timeline. */
export const NOT_TRUE: Item[] = [
  item('no-fixed-day', '没有“逾期第X天一定被起诉”的规定', 'There is no “on day X you will be sued” rule', ['M5', 'B13']),
  item('not-crime', '还不上钱不是犯罪', 'Being unable to pay is not a crime', ['B18', 'B17']),
  item('record-vs-list', '上征信不等于上失信名单', 'A credit record is not the defaulter list', ['M6']),
];

/** Automatic deductions need your authorisation. */
export const DEDUCTIONS: Item[] = [
  item('authorisation', '扣款需要你事先授权', 'Debits need your prior authorisation', ['C1']),
  item('in-contract', '借款合同里通常已有扣款授权', 'Your loan contract usually already contains it', ['C3']),
  item('only-authorised', '只能扣你授权过的账户', 'Only accounts you authorised can be debited', ['C4']),
  item('set-off', '同一家银行的存款和欠款可能被抵销', 'A bank may set your deposit there against your debt to it', ['C6']),
  item('check-revoke', '如何查看和关闭扣款授权', 'How to check and revoke authorisations', ['C5a', 'C5b', 'C5c']),
  item('debt-remains', '关闭授权不等于欠款取消', 'Revoking does not cancel the debt', ['C5d', 'A1']),
];

export const HELP_LINES: HelpLine[] = [
  {
    id: '12378', number: '12378', kind: 'phone',
    name: tx('金融监管总局投诉热线', 'NFRA complaint hotline'),
    use: tx('投诉银行、消费金融公司、信用卡和不当催收（工作日）。', 'Complaints about banks, consumer-finance companies, credit cards and improper collection (working days).'),
    facts: ['F2', 'F1'],
  },
  {
    id: '12363', number: '12363', kind: 'phone',
    name: tx('人民银行咨询投诉电话', 'PBOC consumer hotline'),
    use: tx('征信、支付等人民银行负责的问题（工作日）。', 'Credit reporting, payments and other PBOC matters (working days).'),
    facts: ['F3'],
  },
  {
    id: 'crc', number: '400-810-8866', kind: 'phone',
    name: tx('人民银行征信中心', 'PBOC Credit Reference Center'),
    use: tx('征信报告问题和异议；也可以在线上平台、人民银行柜台或通过贷款机构提出异议。', 'Credit-report questions and objections; objections can also be filed online, at PBOC counters or through the lender.'),
    facts: ['F4', 'A9'],
  },
  {
    id: '12321', number: '12321', kind: 'phone',
    name: tx('12321 举报中心', '12321 reporting centre'),
    use: tx('举报骚扰电话、垃圾短信、不良App和个人信息泄露（网站 www.12321.cn，或微信公众号“12321受理中心”）。', 'Report harassing calls, spam SMS, bad apps and data leaks (www.12321.cn, or the WeChat account 12321受理中心).'),
    facts: ['F5', 'F12'],
  },
  {
    id: '110', number: '110', kind: 'phone',
    name: tx('报警', 'Police'),
    use: tx('暴力、威胁、非法拘禁、强闯住宅、冒充警察，或正在发生的诈骗。', 'Violence, threats, detention, home intrusion, people posing as police, or fraud in progress.'),
    facts: ['F6'],
  },
  {
    id: '96110', number: '96110', kind: 'phone',
    name: tx('反诈预警劝阻专线', 'Police anti-fraud line'),
    use: tx('反诈咨询和举报；显示“区号+96110”的来电请接听。', 'Anti-fraud advice and reports; answer calls showing “area code + 96110”.'),
    facts: ['F6'],
  },
  {
    id: '12348', number: '12348', kind: 'phone',
    name: tx('公共法律服务热线', 'Public legal service hotline'),
    use: tx('免费法律咨询，了解法律援助怎么申请。', 'Free legal advice and how to apply for legal aid.'),
    facts: ['F9', 'A15'],
  },
  {
    id: '12368', number: '12368', kind: 'phone',
    name: tx('法院诉讼服务热线', 'Courts’ litigation-service hotline'),
    use: tx('收到“已立案/开庭/支付令”信息时，核实是否真的有案件；法院的电子送达短信也来自12368，别直接忽略。', 'Check whether a “case filed”, “hearing” or “payment order” message is real; courts’ electronic-service SMS also come from 12368, so do not simply ignore one.'),
    facts: ['F8', 'B21', 'D16'],
  },
  {
    id: 'nifa', number: 'jubao.nifa.org.cn', kind: 'web',
    name: tx('中国互联网金融协会举报平台', 'NIFA reporting platform'),
    use: tx('实名举报网贷等互联网金融机构。', 'Real-name reports about online lenders and other internet-finance firms.'),
    facts: ['F10'],
  },
];

const myth = (id: string, zh: string, en: string): Myth => ({ id, myth: tx(zh, en), facts: [id] });

export const MYTHS: Myth[] = [
  myth('M1', '“执法人员/法务部要上门催收”', '“Law-enforcement officers are coming to collect”'),
  myth('M2', '“逾期会坐牢”', '“You will go to jail for being overdue”'),
  myth('M3', '“家人必须替你还”', '“Your family must repay for you”'),
  myth('M4', '“支付宝能扣你微信余额和任何银行卡”', '“Alipay can take your WeChat balance or any bank card”'),
  myth('M5', '“逾期X天一定会被起诉、上门、上失信”', '“After X days you will certainly be sued, visited or listed”'),
  myth('M6', '“上征信就成了老赖”', '“A bad credit record makes you a court defaulter”'),
  myth('M7', '“利息超过24%、36%或4倍LPR的部分都可以不还”', '“Anything above 24%, 36% or 4 × LPR need not be paid”'),
  myth('M8', '“停息挂账是国家政策，找中介就能办”', '“Stopping interest is a state policy and an agency can arrange it”'),
  myth('M9', '“征信可以花钱洗白，异议包成功”', '“Credit records can be cleaned for a fee; objections always succeed”'),
  myth('M10', '“还清后逾期记录马上消失”或“永远不消失”', '“Records vanish as soon as you repay” or “never vanish”'),
  myth('M11', '“国标强制禁止爆通讯录，违反就坐牢”', '“The national standard is mandatory and violators go to jail”'),
  myth('M12', '“2018年公约规定催收时间为8点到21点”', '“The 2018 convention set collection hours of 8:00–21:00”'),
  myth('M13', '“失信会让子女不能上学”', '“A defaulter’s children cannot go to school”'),
  myth('M14', '“换号、失联就没事了”', '“Change your number and disappear, and it goes away”'),
  myth('M15', '“你授权过通讯录，催收就能联系所有好友”', '“You granted contacts access, so collectors may call everyone”'),
  myth('M16', '“催收非法债务罪能管所有暴力催收”', '“The illegal-debt collection crime covers all abusive collection”'),
  myth('G8', '“国家出了债务回收试点政策”“各大行已开通延迟还款通道”“协商分期有一个万能电话”', '“There is a state debt-recovery pilot policy”, “all big banks have opened a deferred-repayment channel”, “one magic number negotiates card instalments”'),
];

export { LPR };

export const RATE_LINES: RateLine[] = [
  {
    id: 'cap-24', percent: 24,
    title: tx('年化24%', '24% a year'),
    appliesTo: tx(
      '银行、消费金融公司等金融机构的借款：利息和各种费用合计超过24%、且明显高于出借方实际损失的部分，一般可以请求法院调减。据律师解读和媒体报道，助贷合作贷款、小贷公司新贷款的综合融资成本原则上不应超过24%（并非法律条文）。信用卡透支利率没有上限。',
      'Loans from banks, consumer-finance companies and other financial institutions: charges above 24% that clearly exceed the lender’s actual loss can usually be reduced by a court on request. According to lawyers’ readings and media reports, the total cost of facilitated loans and new small-loan lending should in principle not exceed 24% (not a legal text). Credit-card rates have no cap.',
    ),
    facts: ['E4', 'E5', 'E6'],
  },
  {
    id: 'lpr-4x', percent: 4 * LPR.percent,
    title: tx('一年期LPR的4倍', '4 × the one-year LPR'),
    appliesTo: tx(
      '只适用于民间借贷（自然人、企业等非持牌主体之间），不适用于持牌金融机构和小额贷款公司等地方金融组织；按合同成立时的一年期LPR计算。',
      'Private lending only (between natural persons, companies and other unlicensed parties); not licensed financial institutions or small-loan companies and similar local financial organisations. It uses the one-year LPR at the time the contract was made.',
    ),
    facts: ['E2', 'E3'],
    asOf: LPR.asOf,
  },
];

export const TIPS: Record<TipId, TipText> = {
  'auto-deduction': {
    title: tx('扣款需要你的授权', 'Debits need your authorisation'),
    body: tx(
      '机构扣款一般只能发生在你授权过的账户上，支付宝不能扣你的微信零钱；在同一家银行既有存款又有到期欠款的，银行可依法抵销（须通知你）。借款合同里可能已有扣款授权，关闭授权也不会取消欠款。',
      'A lender can generally debit only accounts you authorised; Alipay cannot take your WeChat balance. A bank where you have both a deposit and a matured debt may lawfully set one off against the other, with notice to you. Your loan contract may already include an authorisation, and revoking it does not cancel the debt.',
    ),
    facts: [...TIP_BY_ID['auto-deduction'].facts],
  },
  'family-contact': {
    title: tx('家人同事没有还款义务', 'Family and colleagues do not owe your debt'),
    body: tx(
      '催收原则上只能针对你本人，不应向家人、单位或紧急联系人透露欠款。他们没有替你还钱的义务（夫妻共同债务、担保人等除外）。',
      'Collection should be directed at you, and your debt should not be revealed to family, your employer or emergency contacts. They do not have to pay for you (except, for example, a joint marital debt or a guarantor).',
    ),
    facts: [...TIP_BY_ID['family-contact'].facts],
  },
  'contacts-blast': {
    title: tx('“爆通讯录”可能违法', 'Messaging your contacts may be unlawful'),
    body: tx(
      '通讯录不是网贷App的必要信息，把你的信息提供给他人需要你单独同意。向通讯录群发欠款信息可能违法，可以保留截图并投诉。',
      'Your contact list is not data a lending app needs, and sharing your information needs your separate consent. Messaging your contacts about the debt may be unlawful; keep screenshots and complain.',
    ),
    facts: [...TIP_BY_ID['contacts-blast'].facts],
  },
  impersonation: {
    title: tx('上门催收：能做什么，不能做什么', 'Home visits: what collectors may and may not do'),
    body: tx(
      '催收人员不是执法人员，无权查封财产或“抓人”。按行业指引，上门应至少两人并出示证件，未经同意不得进入住宅，不得向邻居、同事透露欠款或张贴公告。强闯、威胁或冒充警察的，可拨110。',
      'Collectors are not law enforcement and cannot seize property or “arrest” anyone. Under the industry guideline, visitors must be at least two, show ID, not enter your home without consent, and not tell neighbours or colleagues or post notices. If someone forces entry, threatens you or poses as police, call 110.',
    ),
    facts: [...TIP_BY_ID['impersonation'].facts],
  },
  'jail-threat': {
    title: tx('还不上钱不是犯罪', 'Being unable to pay is not a crime'),
    body: tx(
      '因困难逾期属于民事纠纷。只有骗取贷款，或有能力履行判决、裁定而拒不履行等情形，才可能涉及刑事责任。',
      'Falling behind because of hardship is a civil matter. Criminal liability may only arise from things like obtaining a loan by deception, or refusing to comply with a judgment or ruling while able to.',
    ),
    facts: [...TIP_BY_ID['jail-threat'].facts],
  },
  'debt-relief-agency': {
    title: tx('小心“停息挂账”中介', 'Be careful with “stop the interest” agencies'),
    body: tx(
      '不存在“国家停息挂账政策”。这类中介可能收高额费用、骗取身份信息。想协商，可以直接免费联系贷款机构官方客服。',
      'There is no state policy to stop interest. Such agencies may charge high fees or take your personal data. To negotiate, you can contact the lender’s official customer service yourself, free of charge.',
    ),
    facts: [...TIP_BY_ID['debt-relief-agency'].facts],
  },
  'credit-repair': {
    title: tx('征信不能花钱“修复”', 'Credit records cannot be “repaired” for money'),
    body: tx(
      '真实的逾期记录不能花钱删除（人民银行统一实施的一次性信用修复除外：免费、自动，已经结束），收费“征信修复”是骗局。信息确实有误，可以免费提出异议，20日内书面答复。',
      'Accurate overdue records cannot be removed for money (the one exception, the PBOC’s own one-time repair, was free, automatic and has closed); paid “credit repair” is a scam. Genuinely wrong data can be objected to free of charge, with a written answer within 20 days.',
    ),
    facts: [...TIP_BY_ID['credit-repair'].facts],
  },
  'rate-claim': {
    title: tx('换算成年化利率再比较', 'Convert it to an annual rate before comparing'),
    body: tx(
      '日利率、月费率看起来很低，换算成年化后可能很高：日息万五约年化18.25%，12期月费率0.6%实际约13%。贷款产品必须展示年化利率。',
      'Daily rates and monthly fees look small but can be high per year: 0.05% a day is about 18.25%, and 0.6% a month over 12 instalments is about 13%. Lenders must show the annualised rate.',
    ),
    facts: [...TIP_BY_ID['rate-claim'].facts],
  },
  lawsuit: {
    title: tx('起诉和失信有法定程序', 'Lawsuits and the defaulter list follow legal steps'),
    body: tx(
      '没有“逾期X天必被起诉”的规定。支付令15日内既不异议也不还款的，对方可直接申请强制执行；强制执行、失信需要生效法律文书（判决、支付令、仲裁裁决等），判决前也可能被保全冻结。法院短信请拨12368核实。',
      'No rule says you will be sued after X days. If you neither object to nor pay a payment order in 15 days, the lender may apply for enforcement. Enforcement needs an effective legal document such as a judgment, payment order or arbitral award; assets may be frozen earlier as preservation. Check court messages via 12368.',
    ),
    facts: [...TIP_BY_ID['lawsuit'].facts],
  },
  'credit-record': {
    title: tx('逾期会记入征信，但有期限', 'Overdue payments are recorded, for a limited time'),
    body: tx(
      '持牌机构的逾期可能记入征信报告，报送前应通知你。不良记录自结清起保存5年，有误可以免费提出异议。',
      'Overdue payments with licensed lenders may appear in your credit report, and you should be told first. Negative records are kept for 5 years from settlement, and errors can be objected to free of charge.',
    ),
    facts: [...TIP_BY_ID['credit-record'].facts],
  },
  'upfront-fee': {
    title: tx('放款前要交钱，多半是诈骗', 'Paying before a loan is released is likely a scam'),
    body: tx(
      '“资金冻结，先交解冻金、保证金”是常见诈骗，正规机构放款前不收这类费用。已经转账的，请尽快拨打110。',
      '“Your funds are frozen, pay a thaw fee or deposit first” is a common scam; licensed lenders do not charge such fees before paying out. If you have already paid, call 110 as soon as you can.',
    ),
    facts: [...TIP_BY_ID['upfront-fee'].facts],
  },
  'fake-account-cancel': {
    title: tx('“注销校园贷账户”是诈骗', '“Cancel your campus-loan account” is a scam'),
    body: tx(
      '不存在“注销账户否则影响征信”这回事，不要按对方要求借款或转账到“安全账户”。可以拨打96110或110咨询。',
      'There is no “cancel your account or your credit suffers” process. Do not borrow or transfer money to a “safe account” as asked. You can call 96110 or 110 for advice.',
    ),
    facts: [...TIP_BY_ID['fake-account-cancel'].facts],
  },
  'debt-transfer': {
    title: tx('“债权已转让”要先核实', '“Your debt was transferred”: check first'),
    body: tx(
      '债权转让要通知你，未通知的，转让对你不发生效力。先向原贷款机构官方渠道核实，再决定是否向新账户还款；还款只走贷款机构App或官方对公账户，不向个人账户转账。',
      'A transfer of your debt has no effect on you until you are notified of it. Check with the original lender through its official channels before paying any new account; repay only through the lender’s app or its official corporate account, never a personal account.',
    ),
    facts: [...TIP_BY_ID['debt-transfer'].facts],
  },
};

/**
 * Plain-words rate texts (zh-CN + en; zh-TW generated with the knowledge base).
 * Placeholders: {apr} {effective} {headline} {periods} {lpr} {asOf} {line} {percent} {smaller}
 * {contract} {received} {deducted}.
 */
import type { Txt } from '../knowledge/types';

const tx = (zh: string, en: string): Txt => ({ 'zh-CN': zh, en });

export const RATE_TEXT = {
  simple: tx('按单利计算，年化约 {apr}%。', 'As simple interest, that is about {apr}% a year.'),
  compounded: tx('如果利息滚入本金（复利），实际年利率约 {effective}%。', 'If interest compounds, the effective annual rate is about {effective}%.'),
  irr: tx(
    '按每期实际占用的本金计算（IRR），年化约 {apr}%；按复利计的实际年利率约 {effective}%。',
    'Counting the principal you actually still hold each month (IRR), that is about {apr}% a year; about {effective}% as an effective compounded rate.',
  ),
  headline: tx(
    '它看起来像 {headline}%，但手续费按最初的本金收取，而你每期都在还本金，所以实际更高。',
    'It looks like {headline}%, but the fee is charged on the original principal while you repay it each period, so the real rate is higher.',
  ),
  assumedPeriods: tx('页面没有写期数，这里按 {periods} 期估算。', 'The page does not state the number of instalments; this estimate assumes {periods}.'),
  annual: tx('页面写的是年化 {apr}%。', 'The page states {apr}% a year.'),
  above24: tx(
    '高于年化24%。如果是银行、消费金融公司等金融机构的借款，费用明显高于出借方实际损失的，一般可以请求法院调减超出24%的部分。据律师解读和媒体报道，2025年10月起施行的助贷新规和2025年12月的小贷要求，使助贷合作贷款、小贷公司新贷款的综合融资成本原则上不应超过24%（并非法律条文）；信用卡没有利率上限。',
    'That is above 24% a year. For a loan from a bank, consumer-finance company or other financial institution, where the charges clearly exceed the lender’s actual loss, you can usually ask a court to reduce the part above 24%. According to lawyers’ readings and media reports, the loan-facilitation notice (in force since October 2025) and the December 2025 small-loan requirements mean facilitated loans and new small-loan lending should in principle cost no more than 24% in total (not a legal text); credit cards have no rate cap.',
  ),
  below24: tx(
    '不高于年化24%。24%是金融机构借款费用可以请求法院调减的参考线（一般还要明显高于出借方实际损失），不是所有贷款的法定上限；信用卡没有利率上限。',
    'That is not above 24% a year. 24% is the line above which charges on a financial-institution loan can usually be challenged in court (if they also clearly exceed the lender’s actual loss); it is not a legal cap on every loan, and credit cards have no rate cap.',
  ),
  above36: tx(
    '高于年化36%。法律禁止高利放贷。持牌机构（银行、消费金融公司等）的贷款可以拨打12378投诉；网贷平台可以在中国互联网金融协会举报平台 jubao.nifa.org.cn 实名举报。',
    'That is above 36% a year. The law prohibits usurious lending. For a licensed lender (a bank, consumer-finance company and the like) you can complain to 12378; online lenders can be reported, under your real name, on the NIFA platform jubao.nifa.org.cn.',
  ),
  above4lpr: tx(
    '高于一年期LPR的4倍（{line}%，LPR {lpr}% 截至 {asOf}；以合同成立时的一年期LPR计算）。这条线只适用于民间借贷：超出部分法院不予支持；它不适用于持牌金融机构和小额贷款公司。',
    'That is above 4 × the one-year LPR ({line}%, LPR {lpr}% as of {asOf}; the LPR at the time the contract was made counts). That line applies only to private lending, where courts do not support the excess; it does not apply to licensed financial institutions or small-loan companies.',
  ),
  within4lpr: tx(
    '不高于一年期LPR的4倍（{line}%，LPR {lpr}% 截至 {asOf}；以合同成立时的一年期LPR计算）。这条线只适用于民间借贷，不适用于持牌金融机构和小额贷款公司。',
    'That is within 4 × the one-year LPR ({line}%, LPR {lpr}% as of {asOf}; the LPR at the time the contract was made counts). That line applies only to private lending, not to licensed financial institutions or small-loan companies.',
  ),
  lprStale: tx(
    '以上LPR截至 {asOf}，此后可能已调整，请以全国银行间同业拆借中心每月20日公布的最新LPR为准。',
    'That LPR is as of {asOf} and may have changed since; check the latest figure, published by the National Interbank Funding Center on the 20th of each month.',
  ),
  dailyTooHigh: tx(
    '你输入的是每天 {percent}%，相当于年化约 {apr}%。是不是想输入每天 {smaller}%？例如“日息万五”是每天0.05%。',
    'You entered {percent}% a day, which is about {apr}% a year. Did you mean {smaller}% a day? For example, 日息万五 is 0.05% a day.',
  ),
  readDaily: tx('按每天 {percent}% 计算。', 'Read as {percent}% a day.'),
  readMonthly: tx('按每月 {percent}% 计算。', 'Read as {percent}% a month.'),
  onContract: tx('按合同借款金额 {contract} 元计算，年化约 {apr}%。', 'On the contract amount of ¥{contract}, that is about {apr}% a year.'),
  onReceived: tx(
    '按实际到手的 {received} 元计算，实际年化约 {apr}%（按复利计约 {effective}%）。',
    'On the ¥{received} you actually received, the real rate is about {apr}% a year ({effective}% compounded).',
  ),
  upfront: tx(
    '放款时少给了 {deducted} 元。法律规定借款利息不得预先在本金中扣除；预先扣除的，应当按照实际到手的金额还本、计息（《民法典》第670条）。少给的部分叫“服务费”等名目的，是否算作利息由法院根据具体情况认定。',
    'You received ¥{deducted} less than the contract amount. The law says interest may not be deducted from the principal in advance; if it is, you repay, and pay interest on, only the amount actually received (Civil Code, Art. 670). Whether an upfront “service fee” counts as interest is for a court to decide on the facts.',
  ),
  receivedAboveContract: tx('实际到手金额不能大于合同借款金额，请检查输入。', 'The amount received cannot be more than the contract amount; please check the input.'),
  invalid: tx('请输入大于0的有效数字。', 'Please enter valid numbers greater than 0.'),
  tooManyPeriods: tx('期数太多了（最多 {periods} 期），请检查输入。', 'Too many instalments (at most {periods}); please check the input.'),
  noSolution: tx('按这些数字算不出合理的年化利率，请检查输入。', 'These numbers do not give a sensible annual rate; please check the input.'),
  received: tx('按实际到手的金额计算。', 'Calculated on the amount you actually received.'),
} satisfies Record<string, Txt>;

export type RateTextKey = keyof typeof RATE_TEXT;

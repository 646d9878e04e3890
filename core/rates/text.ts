/**
 * Plain-words rate texts (zh-CN + en; zh-TW generated with the knowledge base).
 * Placeholders: {apr} {effective} {headline} {periods} {lpr} {asOf} {line}.
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
    '高于年化24%。如果是银行、消费金融公司等金融机构的借款，费用明显高于出借方实际损失的，一般可以请求法院调减超出24%的部分。据律师解读和媒体报道，助贷合作贷款、小贷公司新贷款的综合融资成本原则上不应超过24%（并非法律条文）；信用卡没有利率上限。',
    'That is above 24% a year. For a loan from a bank, consumer-finance company or other financial institution, where the charges clearly exceed the lender’s actual loss, you can usually ask a court to reduce the part above 24%. According to lawyers’ readings and media reports, facilitated loans and new small-loan lending should in principle cost no more than 24% in total (not a legal text); credit cards have no rate cap.',
  ),
  above4lpr: tx(
    '高于一年期LPR的4倍（{line}%，LPR {lpr}% 截至 {asOf}；以合同成立时的一年期LPR计算）。这条线只适用于民间借贷：超出部分法院不予支持；它不适用于持牌金融机构和小额贷款公司。',
    'That is above 4 × the one-year LPR ({line}%, LPR {lpr}% as of {asOf}; the LPR at the time the contract was made counts). That line applies only to private lending, where courts do not support the excess; it does not apply to licensed financial institutions or small-loan companies.',
  ),
  withinLines: tx(
    '不高于一年期LPR的4倍（{line}%，LPR {lpr}% 截至 {asOf}；以合同成立时的一年期LPR计算），也低于24%。',
    'That is within 4 × the one-year LPR ({line}%, LPR {lpr}% as of {asOf}; the LPR at the time the contract was made counts) and below 24%.',
  ),
  invalid: tx('请输入大于0的有效数字。', 'Please enter valid numbers greater than 0.'),
  tooManyPeriods: tx('期数太多了（最多 {periods} 期），请检查输入。', 'Too many instalments (at most {periods}); please check the input.'),
  noSolution: tx('按这些数字算不出合理的年化利率，请检查输入。', 'These numbers do not give a sensible annual rate; please check the input.'),
  received: tx('按实际到手的金额计算。', 'Calculated on the amount you actually received.'),
} satisfies Record<string, Txt>;

export type RateTextKey = keyof typeof RATE_TEXT;

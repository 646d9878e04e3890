/**
 * Sources: the laws, rules, standards and official pages behind the facts.
 * Only what ../shared/facts/rights-facts.md names. URLs only where that file gives an
 * official address (pbccrc.org.cn, pbc.gov.cn, court sites, 12321.cn, nifa.org.cn).
 */
import type { Source, SourceKind } from './types';

function src(
  id: string,
  kind: SourceKind,
  title: [zh: string, en: string],
  article?: [zh: string, en: string],
  url?: string,
): Source {
  return {
    id,
    kind,
    title: { 'zh-CN': title[0], en: title[1] },
    ...(article ? { article: { 'zh-CN': article[0], en: article[1] } } : {}),
    ...(url ? { url } : {}),
  };
}

const CC: [string, string] = ['《民法典》', 'Civil Code'];
const PIPL: [string, string] = ['《个人信息保护法》', 'Personal Information Protection Law'];
const CRR: [string, string] = ['《征信业管理条例》', 'Regulation on the Administration of the Credit Reporting Industry'];
const CPL: [string, string] = ['《民事诉讼法》（2023）', 'Civil Procedure Law (2023)'];
const PL: [string, string] = ['《刑法》', 'Criminal Law'];
const PSL: [string, string] = [
  '《治安管理处罚法》（2025年修订，2026-01-01施行）',
  'Public Security Administration Punishments Law (revised 2025, in force 2026-01-01)',
];
const CARD: [string, string] = [
  '《商业银行信用卡业务监督管理办法》（2011）',
  'Measures on the Supervision of Commercial Banks’ Credit Card Business (2011)',
];
const COMPLAINT: [string, string] = [
  '《银行业保险业消费投诉处理管理办法》（原银保监会令2020年第3号）',
  'Measures on Handling Banking and Insurance Consumer Complaints (CBIRC Order 2020 No. 3)',
];

export const SOURCES: Source[] = [
  src('cc-676', 'law', CC, ['第676条', 'Art. 676']),
  src('cc-1032', 'law', CC, ['第1032条、第1033条第（一）项', 'Arts. 1032, 1033(1)']),
  src('cc-1034', 'law', CC, ['第1034条、第1035条、第1038条', 'Arts. 1034, 1035, 1038']),
  src('cc-585', 'law', CC, ['第585条', 'Art. 585']),
  src('cc-188', 'law', CC, ['第188条、第189条、第195条', 'Arts. 188, 189, 195']),
  src('cc-546', 'law', CC, ['第546条', 'Art. 546']),
  src('cc-568', 'law', CC, ['第568条', 'Art. 568']),
  src('cc-670', 'law', CC, ['第670条', 'Art. 670']),
  src('cc-673', 'law', CC, ['第673条（仅针对未按约定用途使用借款）', 'Art. 673 (misuse of the loan only)']),
  src('cc-680', 'law', CC, ['第680条', 'Art. 680']),
  src('cc-1064', 'law', CC, ['第1064条、第1161条', 'Arts. 1064, 1161']),
  src('pipl-13', 'law', PIPL, ['第13条', 'Art. 13']),
  src('pipl-15', 'law', PIPL, ['第15条', 'Art. 15']),
  src('pipl-21', 'law', PIPL, ['第21条', 'Art. 21']),
  src('pipl-16', 'law', PIPL, ['第16条', 'Art. 16']),
  src('pipl-23', 'law', PIPL, ['第23条、第25条', 'Arts. 23, 25']),
  src('pipl-44', 'law', PIPL, ['第44–47条、第50条', 'Arts. 44–47, 50']),
  src('pipl-65', 'law', PIPL, ['第65条', 'Art. 65']),
  src(
    'cbirc-41',
    'rule',
    ['《银行保险机构消费者权益保护管理办法》（2023-03-01施行）', 'Measures on Consumer Protection by Banking and Insurance Institutions (in force 2023-03-01)'],
    ['第41条', 'Art. 41'],
  ),
  src(
    'pboc-5',
    'rule',
    ['《中国人民银行金融消费者权益保护实施办法》（人民银行令〔2020〕第5号）', 'PBOC Measures on Protecting Financial Consumers (PBOC Order 2020 No. 5)'],
    ['第21条', 'Art. 21'],
  ),
  src(
    'pboc-5-ch4',
    'rule',
    ['《中国人民银行金融消费者权益保护实施办法》（人民银行令〔2020〕第5号）', 'PBOC Measures on Protecting Financial Consumers (PBOC Order 2020 No. 5)'],
    ['第四章（金融消费争议解决）', 'Chapter IV (settling disputes)'],
  ),
  src('complaint-2020', 'rule', COMPLAINT, ['第11条、第13条', 'Arts. 11, 13']),
  src('complaint-2020-16', 'rule', COMPLAINT, ['第16条', 'Art. 16']),
  src(
    'complaint-2020-time',
    'rule',
    COMPLAINT,
    ['处理时限条款（条号未核实；据财新、新华社2020-01-17报道）', 'time-limit article (number not checked; as reported by Caixin and Xinhua, 2020-01-17)'],
  ),
  src('crr-15', 'regulation', CRR, ['第15条', 'Art. 15']),
  src('crr-16', 'regulation', CRR, ['第16条', 'Art. 16']),
  src('crr-17', 'regulation', CRR, ['第17条', 'Art. 17']),
  src('crr-25', 'regulation', CRR, ['第25条、第26条', 'Arts. 25, 26']),
  src('crr-26', 'regulation', CRR, ['第26条', 'Art. 26']),
  src('crr-29', 'regulation', CRR, ['第29条', 'Art. 29']),
  src('card-68', 'rule', CARD, ['第68条', 'Art. 68']),
  src('card-70', 'rule', CARD, ['第70条', 'Art. 70']),
  src(
    'card-2016',
    'rule',
    ['中国人民银行《关于信用卡业务有关事项的通知》（银发〔2016〕111号）', 'PBOC notice on credit-card business (Yinfa [2016] No. 111)'],
  ),
  src(
    'card-2021',
    'rule',
    ['《中国人民银行关于推进信用卡透支利率市场化改革的通知》', 'PBOC notice on market-based credit-card overdraft rates (2021)'],
  ),
  src(
    'card-2022',
    'rule',
    ['《关于进一步促进信用卡业务规范健康发展的通知》（银保监规〔2022〕13号）', 'Notice on the sound development of the credit-card business (CBIRC [2022] No. 13)'],
  ),
  src('cpl-227', 'law', CPL, ['第227条第2、3款', 'Art. 227(2), (3)']),
  src('cpl-225', 'law', CPL, ['第225–228条', 'Arts. 225–228']),
  src('cpl-247', 'law', CPL, ['第247–249条', 'Arts. 247–249']),
  src('cpl-103', 'law', CPL, ['第103–108条', 'Arts. 103–108']),
  src('cpl-90', 'law', CPL, ['第90条', 'Art. 90']),
  src('cpl-165', 'law', CPL, ['第165–169条', 'Arts. 165–169']),
  src('cpl-253', 'law', CPL, ['第253–255条、第266条', 'Arts. 253–255, 266']),
  src('cpl-114', 'law', CPL, ['第114条、第118条', 'Arts. 114, 118']),
  src(
    'lal',
    'law',
    ['《法律援助法》', 'Legal Aid Law'],
    ['第22条、第31–32条', 'Arts. 22, 31–32'],
  ),
  src(
    'spc-limit',
    'judicial',
    ['《最高人民法院关于限制被执行人高消费及有关消费的若干规定》', 'SPC Provisions on Restricting High Consumption by Judgment Debtors'],
    ['第1条、第3条', 'Arts. 1, 3'],
  ),
  src(
    'spc-shixin',
    'judicial',
    ['《最高人民法院关于公布失信被执行人名单信息的若干规定》（2017修正）', 'SPC Provisions on Publishing the List of Dishonest Judgment Debtors (amended 2017)'],
    ['第1–4条、第10条', 'Arts. 1–4, 10'],
  ),
  src(
    'pl-313',
    'law',
    PL,
    ['第313条；两高法释〔2024〕13号第1–3条', 'Art. 313; SPC/SPP Interpretation [2024] No. 13, Arts. 1–3'],
  ),
  src('pl-fraud', 'law', PL, ['第175条之一、第193条、第266条', 'Arts. 175-1, 193, 266']),
  src('pl-196', 'law', PL, ['第196条', 'Art. 196']),
  src(
    'pl-collect',
    'law',
    PL,
    ['第238条、第245条、第246条、第274条、第293条', 'Arts. 238, 245, 246, 274, 293'],
  ),
  src('pl-293-1', 'law', PL, ['第293条之一', 'Art. 293-1']),
  src('pl-279', 'law', PL, ['第279条、第280条', 'Arts. 279, 280']),
  src('pl-253-1', 'law', PL, ['第253条之一', 'Art. 253-1']),
  src('psl-50', 'law', PSL, ['第50条', 'Art. 50']),
  src('psl-56', 'law', PSL, ['第56条', 'Art. 56']),
  src('psl-62', 'law', PSL, ['第62条、第63条', 'Arts. 62, 63']),
  src(
    'soft-violence',
    'judicial',
    ['《关于办理实施“软暴力”的刑事案件若干问题的意见》（2019-04-09）', 'Opinion on criminal cases involving “soft violence” (2019-04-09)'],
  ),
  src(
    'app-info',
    'rule',
    ['《常见类型移动互联网应用程序必要个人信息范围规定》（2021-05-01施行）', 'Provisions on the Scope of Necessary Personal Information for Common Types of Mobile Apps (in force 2021-05-01)'],
  ),
  src(
    'pay-2015',
    'rule',
    ['《非银行支付机构网络支付业务管理办法》（人民银行公告〔2015〕第43号）', 'Measures on Online Payment Business of Non-bank Payment Institutions (PBOC Announcement [2015] No. 43)'],
    ['第10条', 'Art. 10'],
  ),
  src(
    'pay-2024',
    'regulation',
    ['《非银行支付机构监督管理条例》（国务院令第768号，2024-05-01施行）', 'Regulation on the Supervision of Non-bank Payment Institutions (State Council Decree No. 768, in force 2024-05-01)'],
  ),
  src(
    'spc-contract',
    'judicial',
    ['《最高人民法院关于适用〈民法典〉合同编通则若干问题的解释》（2023）', 'SPC Interpretation on the General Part of the Contracts Book of the Civil Code (2023)'],
    ['第55–58条', 'Arts. 55–58'],
  ),
  src(
    'nifa-2018',
    'self-regulation',
    ['中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》（2018）', 'NIFA self-regulatory convention on collecting overdue internet-finance debts (2018)'],
  ),
  src(
    'gbt-45251',
    'standard',
    ['推荐性国家标准 GB/T 45251-2025《互联网金融 个人网络消费信贷 贷后催收风控指引》', 'Recommended national standard GB/T 45251-2025 on post-loan collection for online consumer credit'],
  ),
  src(
    'cba-2026',
    'self-regulation',
    ['中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026-01-30）', 'China Banking Association guideline on collecting personal consumer loans (trial, 2026-01-30)'],
  ),
  src(
    'pbc-2021-3',
    'rule',
    ['中国人民银行公告〔2021〕第3号（明示贷款年化利率）', 'PBOC Announcement [2021] No. 3 (display of annualised loan rates)'],
  ),
  src(
    'spc-private',
    'judicial',
    ['《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（2020修正）', 'SPC Provisions on Private Lending Cases (amended 2020)'],
    ['第1条、第25条、第26条、第28条、第29条', 'Arts. 1, 25, 26, 28, 29'],
  ),
  src(
    'lpr',
    'official-page',
    ['一年期贷款市场报价利率（LPR），每月20日公布（截至2026-01-20为3.0%）', 'One-year Loan Prime Rate (LPR), published on the 20th of each month (3.0% as of 2026-01-20)'],
  ),
  src(
    'spc-2017-22',
    'judicial',
    ['《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）', 'SPC Opinions on Strengthening Financial Adjudication (Fafa [2017] No. 22)'],
  ),
  src(
    'nfra-2025-9',
    'rule',
    ['《关于加强商业银行互联网助贷业务管理提升金融服务质效的通知》（金规〔2025〕9号，2025-10-01施行）', 'NFRA notice on banks’ online loan-facilitation business (Jingui [2025] No. 9, in force 2025-10-01)'],
  ),
  src(
    'small-loan-2025',
    'media',
    ['人民银行、金融监管总局关于小额贷款公司综合融资成本的要求（2025年12月，据媒体报道）', 'PBOC/NFRA requirements on small-loan companies’ financing costs (December 2025, as reported by the media)'],
  ),
  src(
    'pbc-repair',
    'rule',
    ['《中国人民银行关于实施一次性信用修复政策有关安排的通知》（2025-12-22）', 'PBOC notice on the one-time credit repair policy (2025-12-22)'],
    undefined,
    'https://nanjing.pbc.gov.cn/en/3688110/3688172/5552468/2025122615180023523/index.html',
  ),
  src(
    'spc-private-26',
    'judicial',
    ['《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（2020修正）', 'SPC Provisions on Private Lending Cases (amended 2020)'],
    ['第26条', 'Art. 26'],
  ),
  src(
    'spc-2020-reply',
    'judicial',
    ['《最高人民法院关于新民间借贷司法解释适用范围问题的批复》（2021-01-01施行）', 'SPC Reply on the scope of the new private-lending interpretation (in force 2021-01-01)'],
  ),
  src(
    'crc-objection',
    'official-page',
    ['中国人民银行征信中心：异议处理', 'Credit Reference Center: objections'],
    undefined,
    'https://www.pbccrc.org.cn/crc/kffw/201412/b10d9dad3e324259ad02c69461e3c504.shtml',
  ),
  src(
    'crc-faq',
    'official-page',
    ['中国人民银行征信中心：常见问题', 'Credit Reference Center: FAQ'],
    undefined,
    'https://www.pbccrc.org.cn/crc/kffw/202304/c184dbc13c7f45caa9cb280e75a82002.shtml',
  ),
  src(
    'crc-platform',
    'official-page',
    ['中国人民银行征信中心：互联网个人信用信息服务平台（2024年1月）', 'Credit Reference Center: online personal credit information platform (January 2024)'],
    undefined,
    'https://www.pbccrc.org.cn/crc/zxdt/202401/e24bc4bd1c3641efb81058fd106eb57c.shtml',
  ),
  src(
    'nfra-warning',
    'official-page',
    ['国家金融监督管理总局消费者风险提示（非法代理维权）', 'NFRA consumer warnings on illegal “rights-protection agents”'],
  ),
  src('line-12378', 'official-page', ['国家金融监督管理总局 12378 投诉热线', 'NFRA complaint hotline 12378']),
  src('line-12363', 'official-page', ['中国人民银行 12363 咨询投诉电话', 'PBOC hotline 12363']),
  src('line-12321', 'official-page', ['12321 网络不良与垃圾信息举报受理中心', '12321 reporting centre for spam and harmful information'], undefined, 'https://www.12321.cn'),
  src('line-110', 'official-page', ['公安机关 110 / 96110 反诈预警劝阻专线', 'Police 110 / anti-fraud line 96110']),
  src('line-12348', 'official-page', ['12348 公共法律服务热线', 'Public legal service hotline 12348']),
  src(
    'line-12368',
    'official-page',
    ['人民法院 12368 诉讼服务热线', 'Courts’ litigation-service hotline 12368'],
    undefined,
    'https://tskpfy.hebeicourt.gov.cn/article/detail/2021/02/id/5810355.shtml',
  ),
  src('nifa-jubao', 'official-page', ['中国互联网金融协会举报平台', 'NIFA reporting platform'], undefined, 'https://jubao.nifa.org.cn'),
  src(
    'student-aid-2021',
    'official-page',
    ['全国学生资助管理中心2021年第1号预警', 'National Student Financial Aid Center warning No. 1 of 2021'],
  ),
  src(
    'court-rumour',
    'official-page',
    ['法院网站转载《法制日报》：限制高消费与子女就学', 'Court website (reprinting Legal Daily): spending restrictions and children’s schooling'],
    undefined,
    'https://cddcfy.hunancourt.gov.cn/article/detail/2018/08/id/3443507.shtml',
  ),
  src(
    'miit-2025',
    'media',
    ['中央网信办、工业和信息化部、公安部、市场监管总局2025年个人信息保护系列专项行动公告（2025-03-28）及举报指引（据媒体转载）', 'CAC, MIIT, MPS and SAMR 2025 personal-information campaign (2025-03-28) and its app-reporting guide (as reprinted by the media)'],
  ),
  src(
    'media-ant',
    'media',
    ['媒体报道：花呗、借呗接入人民银行征信系统（2021）', 'Media reports: Huabei and Jiebei join the PBOC credit system (2021)'],
  ),
  src(
    'consumer-warnings',
    'secondary',
    ['消费者风险提示（第三方）', 'Consumer warnings (third-party)'],
  ),
  src(
    'five-agency-2026',
    'media',
    ['金融监管总局、中央网信办、公安部、中国人民银行、中国证监会风险提示：警惕不法“代理维权”（2026-02-06，据媒体转载）', 'NFRA, CAC, MPS, PBOC and CSRC joint warning on illegal “rights-protection agents” (2026-02-06, as reprinted by the media)'],
  ),
  src(
    'loan-contract',
    'secondary',
    ['借款合同（提前到期条款）', 'Your loan contract (acceleration clause)'],
  ),
  src(
    'product-pages',
    'secondary',
    ['各产品说明与教程页面（非官方，菜单随版本变化）', 'Product descriptions and tutorial pages (unofficial; menus change between versions)'],
  ),
];

export const SOURCE_BY_ID: ReadonlyMap<string, Source> = new Map(SOURCES.map((s) => [s.id, s]));

/**
 * Examples and counter-examples of every class rule in rules.ts, keyed by id (tips keep theirs
 * in their own file under core/tips).
 * examples: short snippets (our own wording) the rule must fire on.
 * counterExamples: the rule's words in another sense; no flagging rule may fire on any of them.
 * Test-only data: not imported by the engine, so it never ships in the content script.
 */
export interface RuleExamples {
  examples: readonly string[];
  counterExamples: readonly string[];
}

export const RULE_EXAMPLES: Readonly<Record<string, RuleExamples>> = {
  'scam.debt-relief-agency': {
    examples: ['专业团队帮你办理停息挂账', '网贷逾期找专业协商团队', 'Our debt settlement program'],
    counterExamples: ['银行停息了这次活动'],
  },
  'scam.debt-optimisation': {
    examples: ['网贷逾期做债务优化,请加微信', '信用卡负债找债务规划师做债务规划'],
    counterExamples: ['企业债务优化结构的年报', '还了三年网贷,我终于上岸了'],
  },
  'scam.hk-restructuring': {
    examples: ['卡数太多可以考虑债务重组', 'IVA 同破产有咩分别,卡数点算'],
    counterExamples: ['上市公司债务重组公告', '城投平台债务重组进展'],
  },
  'scam.paid-negotiation': {
    examples: ['信用卡协商收费标准', '找协商团队处理网贷', '停息分期代办机构'],
    counterExamples: ['双方协商一致解除合同'],
  },
  'scam.credit-repair': {
    examples: ['征信修复公司说能删记录', '花钱洗白征信靠谱吗', 'Beware of credit repair companies', '征信异议代办,查询记录清理'],
    counterExamples: ['个人征信报告查询方法'],
  },
  'scam.fake-service': {
    examples: ['自称客服说要注销校园贷否则影响征信', '骗子冒充客服要求关闭金条并转账'],
    counterExamples: ['如何注销微博账户'],
  },
  'scam.impostor': {
    examples: ['不法分子冒充金融监管部门', '骗徒冒认收数公司追数'],
    counterExamples: ['冒充名牌的假货'],
  },
  'scam.upfront-fee': {
    examples: ['贷款被冻结要交解冻金', '放款前要求交验资费'],
    counterExamples: ['冰箱解冻的方法'],
  },
  'scam.loan-packaging': {
    examples: ['中介帮你刷流水包装贷款', '资质包装后就能下款', '幫你美化帳戶再申請'],
    counterExamples: ['礼品包装流程', '银行流水怎么打印'],
  },
  'scam.loan-broker': {
    examples: ['大额信用贷包下款,收点位费', '声称包过、无视征信'],
    counterExamples: ['驾照科目二包过班', '代办营业执照'],
  },
  'scam.frozen-loan': {
    examples: ['贷款没到账,说账户冻结要交钱解冻', '卡号填错需缴纳解冻费用才能放款', '您的借款账户已被临时冻结'],
    counterExamples: ['冰箱解冻的方法', '冷冻肉类怎样解冻'],
  },
  'scam.warning': {
    examples: ['小心贷款代办陷阱', '征信修复都是骗局'],
    counterExamples: ['债务陷阱外交的说法', '旅游陷阱如何避开'],
  },
  'overdue.debt-sale': {
    examples: ['银行将信用卡欠款债权转让给资产管理公司', '请借款人向受让方履行还款义务'],
    counterExamples: ['公司股权转让协议'],
  },
  'scam.deposit-before-loan': {
    examples: ['贷款要先交保证金才能放款'],
    counterExamples: ['租房保证金怎么退', '仲介公会保证金规定'],
  },
  'scam.law-firm-debt-service': {
    examples: ['某某律师事务所:网贷逾期协商指南'],
    counterExamples: [],
  },
  'scam.proxy-rights': {
    examples: ['警惕非法代理维权陷阱', '反催收联盟承诺全额退息'],
    counterExamples: ['消费者协会依法维权'],
  },
  'scam.proxy-rights-pitch': {
    examples: ['专业团队代理维权退息,成功率高', '减免息费请加微信咨询'],
    counterExamples: ['劳动者维权可以找工会'],
  },
  'scam.predatory-loan': {
    examples: ['借两万到手一万八是砍头息', '警惕套路贷'],
    counterExamples: ['砍头的成语故事'],
  },
  'overdue.collection': {
    examples: ['信用卡逾期后银行会安排催收', '网贷爆通讯录怎么办', '车贷还不上会被拖车'],
    counterExamples: ['物业费催缴通知', '快递员催我取件'],
  },
  'overdue.threat': {
    examples: ['你欠的网贷再不还,明天就去你单位', '逾期不还款就通知你家人'],
    counterExamples: ['朋友说明天去你单位附近吃饭'],
  },
  'overdue.harassment': {
    examples: ['遭遇暴力催收可以投诉', 'How to answer a debt collector'],
    counterExamples: ['通讯录同步设置'],
  },
  'overdue.delinquent-credit': {
    examples: ['借呗逾期三个月了', '信用卡还不上怎么办', '微粒贷晚还两天'],
    counterExamples: ['护照过期怎么换', '图书逾期归还', '逾期交房违约金'],
  },
  'overdue.debt-spiral': {
    examples: ['以贷养贷怎么上岸', '以卡养卡撑不下去了'],
    counterExamples: [],
  },
  'overdue.credit-damage': {
    examples: ['逾期记录上征信几年消除', '征信不良记录怎么办'],
    counterExamples: ['征信管理机构名单'],
  },
  'overdue.lawsuit': {
    examples: ['网贷逾期被起诉怎么办', '信用卡欠款收到支付令', 'Summons for credit card debt', '捷信短信通知诉前调解'],
    counterExamples: ['离婚官司被告不出庭', '债券违约起诉发行人'],
  },
  'overdue.tw-debt-clearance': {
    examples: ['卡债可以走前置协商', '依消费者债务清理条例声请更生'],
    counterExamples: ['更生人就业辅导'],
  },
  'overdue.negotiation': {
    examples: ['网贷逾期后主动申请协商还款'],
    counterExamples: ['供应商合同延期交货'],
  },
  'overdue.ja-delinquency': {
    examples: ['カードローンを延滞すると遅延損害金がかかる'],
    counterExamples: ['図書の返却が延滞'],
  },
  'overdue.en-delinquency': {
    examples: ['A past due credit card account goes to collections'],
    counterExamples: ['The library book is past due'],
  },
  'lender.offer': {
    examples: ['花呗额度怎么提升', '小额贷款利率是多少', '借呗申请条件', 'Compare personal loan APR'],
    counterExamples: ['美团外卖收费怎么算'],
  },
  'lender.product': {
    examples: ['美团月付是什么', '办理私人贷款', '纯信用个人贷款线上办理'],
    counterExamples: ['美团外卖收费怎么算'],
  },
  'lender.card-cost': {
    examples: ['信用卡日利率多少', '信用卡透支之后利息怎么算'],
    counterExamples: ['信用卡丢了怎么挂失'],
  },
  'lender.instalment': {
    examples: ['信用卡账单分期手续费怎么算'],
    counterExamples: ['房款分期付款合同'],
  },
  'lender.cost-and-brokers': {
    examples: ['申贷前先看总费用年百分率', '贷款中介收取服务费'],
    counterExamples: [],
  },
  'lender.en-offer': {
    examples: ['Compare personal loans with no origination fee', 'How to apply for a loan online'],
    counterExamples: ['The museum received the painting on loan'],
  },
  'lender.kouzi-list': {
    examples: ['新口子秒下款', '网贷口子大全'],
    counterExamples: ['水管口子漏水'],
  },
  'lender.kouzi': {
    examples: ['2025最新下款口子', '不看征信秒到账'],
    counterExamples: ['水管口子漏水'],
  },
  'none.mortgage': {
    examples: ['房贷利率下调', '建行二手房贷款利率是多少'],
    counterExamples: [],
  },
  'none.deposits-and-business': {
    examples: ['三年定期存款利率', '普惠小微贷款不良率', '淘宝开店花呗手续费'],
    counterExamples: [],
  },
  'none.investment': {
    examples: ['诈骗集团以投资理财为名,要求缴纳保证金才能领回投资报酬', '股票群里荐股的老师'],
    counterExamples: [],
  },
  'none.policy-rate': {
    examples: ['中国人民银行贷款利率表', '5年期以上LPR下调10个基点,贷款市场报价利率'],
    counterExamples: [],
  },
  'none.investor-side': {
    examples: ['城投债券违约', 'P2P投资人维权'],
    counterExamples: [],
  },
  'none.statement': {
    examples: ['您尾号1234的信用卡11月账单已出，本期应还2,000.00元', '花呗已自动还款300元，本期账单已还清'],
    counterExamples: [],
  },
  'none.shopping': {
    examples: ['京东价 ¥4299 白条分期 6期免息 加入购物车', '花呗分期 3期免息 月销 1200+ 立即购买'],
    counterExamples: [],
  },
  'none.other-debts': {
    examples: ['手机话费欠费会怎样', '物业费催缴', '牌照税逾期未缴加征滞纳金并移送行政执行'],
    counterExamples: [],
  },
};

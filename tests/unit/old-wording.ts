/**
 * Wording the December 2026 audit marked false, overstated, mis-cited or drifting (zh-CN and en;
 * tests also check the zh-TW conversion of each zh-CN entry). Shared by the unit test on the
 * knowledge base and the browser-suite test on the built bundles.
 */
export const OLD_WORDING: readonly string[] = [
  // #1–3 (false): enforcement "only after a judgment"
  '只有在判决生效后仍不履行时',
  'Only after a judgment you do not comply with',
  '判决后才可能强制执行',
  'come only after a judgment',
  '只有法院在判决后才能强制执行',
  'and only after a judgment',
  '只有判决后拒不履行',
  'may only follow a judgment',
  // #5–7: unhedged 24 %
  '监管也要求新贷款原则上不超过24%',
  '监管也要求助贷和小贷新贷款原则上不超过24%',
  'regulators also expect',
  // #10: 銀髮 ("silver hair") for the PBOC document number
  '銀髮〔',
  // #11–12: the court as the "only" exception
  '唯一的例外是法院',
  'The exception is a court in enforcement',
  // #13
  '只有法院才能冻结你任意的账户',
  'only a court can freeze any of your accounts',
  // #16
  '没有你的同意或法律依据',
  // #17
  '名单一般为2年，履行后可提前删除',
  'A listing normally lasts 2 years and is removed early',
  // #18
  '不要点击链接',
  'do not click links',
  // #24
  '来自2024年协会指引',
  // #27
  '准确的逾期记录谁也删不掉',
  'cannot be deleted by anyone',
  // #33
  'collectors may not do everything they say',
  // #34
  'student-loan account',
];

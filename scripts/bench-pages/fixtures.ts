/**
 * The browsing mix for `npm run bench:page`: six kinds of page a borrower meets in a day, built
 * as local HTML at run time. Our own text where a kind needs a shape (an article, a product page);
 * labelled corpus text read from ../shared where real wording matters (it is never copied here).
 */
import fs from 'node:fs';
import path from 'node:path';
import { htmlPage } from '../../tests/browser/harness';

export interface BenchPage {
  /** page kind, as reported */
  name: string;
  /** what the kind stands for (printed once) */
  what: string;
  html: string;
  /** is Loan Guard expected to warn here? (flagged pages get a longer settle time) */
  flagged: boolean;
}

interface CorpusRecord {
  id: string;
  label: string;
  hard: boolean;
  text: string;
}

function readCorpus(shared: string): CorpusRecord[] {
  const out: CorpusRecord[] = [];
  for (const f of ['dev.jsonl', 'dev2.jsonl']) {
    const file = path.join(shared, 'corpus', f);
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line) as CorpusRecord);
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Repeat paragraphs until the text is about `bytes` of UTF-8. */
function fill(paras: readonly string[], bytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paras[i % paras.length]!;
    out.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return out.join('\n');
}

const WALK = [
  '清晨的湖面上飘着薄雾，沿着步道走一圈大约需要四十分钟。路边的银杏叶开始变黄，几位老人在亭子里下棋，孩子们在草地上追着风筝跑。',
  '午后我们去了附近的小镇，尝了当地有名的米粉和桂花糕，又在老街的书店里坐了一会儿，店主推荐了一本讲本地历史的小册子。',
  '傍晚回程时下起了小雨，公交车上的人不多。窗外的稻田已经收割完毕，只剩下整齐的稻茬，远处的山被云遮住了一半。',
  '第二天一早我们去爬了城北的小山，山顶有一座明代的石塔，塔身上的浮雕已经模糊，但还能看出莲花和云纹的样子。',
];

const PHONE_REVIEW = [
  '这款手机的续航表现超预期，重度使用一天下来还剩百分之二十的电量，比上一代提升明显。',
  '屏幕亮度在户外阳光下依然清晰，色彩偏暖但不过分，夜间模式下看书也不刺眼。',
  '相机的夜景模式是这次升级的重点，暗光下的细节保留得不错，只是偶尔会有轻微的涂抹感。',
  '据某银行发布的三季度报告，前三季度营业收入同比增长百分之四，不良贷款率较年初下降零点零二个百分点，零售贷款余额稳步增长。',
  '分析师认为，消费电子市场的回暖超出预期，年底促销季各品牌都推出了以旧换新和分期购机的活动。',
  '总的来说，如果你对拍照和续航有要求，这款手机值得考虑；如果更看重轻薄，可以再等等下半年的新机。',
];

const PRODUCT = [
  '【官方旗舰店】降噪无线耳机 第三代 主动降噪 40小时续航 蓝牙5.3',
  '到手价 899 元 · 限时直降 100 元 · 支持花呗分期 3期免息，每期约 299.67 元',
  '京东白条：最高可享 12 期分期，以页面实际展示为准；信用卡分期请在结算页选择',
  '配送：现货，今天下单预计明天送达；支持七天无理由退货，运费险',
  '规格参数：重量 5.1 克（单耳），充电盒 Type-C 接口，防水等级 IPX4，支持双设备连接',
  '用户评价：降噪效果很好，地铁上基本听不到报站声；佩戴舒适，戴两个小时耳朵也不疼；',
  '用户评价：音质清晰，低音有力度，通话时对方说声音很清楚，性价比高，推荐购买。',
  '问大家：这款支持无线充电吗？——支持，放在手机无线充电板上也可以充。',
];

const FILLER = '今天的天气很好，我们去公园散步，看到湖边有很多人在钓鱼，孩子们在草地上放风筝。';

/**
 * The mix. `shared` is ../shared (the corpus and seeds are read from there at run time).
 * Sizes are those of ordinary pages of each kind: articles about 100 KB of text, a product page
 * about 50 KB, corpus pages as stored (page openings), and one 5 MB page.
 */
export function buildPages(shared: string): BenchPage[] {
  const corpus = readCorpus(shared);
  const seedsDir = path.join(shared, 'corpus', 'seeds');
  const seedFile = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()[0]!;
  const seed = fs.readFileSync(path.join(seedsDir, seedFile), 'utf8');
  const titleOf = (text: string) => text.split('\n').find((l) => l.trim())!.replace(/^#+\s*/, '').slice(0, 80);

  // Ordinary pages that use finance and debt words in another sense (LABELS.md: none, hard).
  const passing = corpus.filter((r) => r.label === 'none' && r.hard && r.text.length > 300).slice(0, 12).map((r) => r.text);
  const lender = corpus.find((r) => r.label === 'lender' && !r.hard && r.text.length > 1500)!;

  return [
    {
      name: 'ordinary',
      what: 'a travel article with no money words (own text, ~100 KB)',
      html: htmlPage('湖边的一天：散步、米粉和老街书店', fill(WALK, 100_000)),
      flagged: false,
    },
    {
      name: 'passing',
      what: 'a phone review with 超预期 and a bank report, plus 12 corpus pages labelled none/hard (~100 KB)',
      html: htmlPage('新机上手：续航超预期，夜景进步明显', fill([...PHONE_REVIEW, ...passing], 100_000)),
      flagged: false,
    },
    {
      name: 'shopping',
      what: 'a product page offering 花呗分期 and 白条 (own text, ~50 KB)',
      html: htmlPage('降噪无线耳机 第三代 - 官方旗舰店', fill(PRODUCT, 50_000)),
      flagged: false,
    },
    { name: 'overdue', what: `a flagged overdue article (seed ${seedFile})`, html: htmlPage(titleOf(seed), seed), flagged: true },
    { name: 'lender', what: `a flagged lender page (corpus ${lender.id})`, html: htmlPage(titleOf(lender.text), lender.text), flagged: true },
    {
      name: 'big5mb',
      what: 'the seed article followed by 5 MB of ordinary text',
      html: htmlPage(titleOf(seed), seed + '\n' + fill([FILLER], 5 * 1024 * 1024)),
      flagged: true,
    },
  ];
}
